package no.stegvis.ui.scale

import androidx.compose.runtime.Composable
import androidx.compose.runtime.LaunchedEffect
import androidx.compose.runtime.remember
import androidx.navigation.NavGraphBuilder
import androidx.navigation.compose.composable
import no.stegvis.ui.AppCore
import no.stegvis.ui.Navigator
import no.stegvis.ui.Routes
import no.stegvis.ui.components.ScreenScaffold
import no.stegvis.ui.text.text

/** The flow: Back goes one topic back, and leaves from the first; Save opens the history. */
@Composable
fun ScaleRoute(core: AppCore, onLeave: () -> Unit, onSaved: () -> Unit) {
    val state = remember(core) { ScaleFlowState(core) }
    LaunchedEffect(core) { state.load() }
    val form = state.form
    if (form == null) {
        ScreenScaffold(title = text("shell-scale-nav"), onBack = onLeave) {}
        return
    }
    val topic = form.topics.getOrNull(state.index)
    ScaleScreen(
        form = form,
        index = state.index,
        chosen = topic?.let { state.answers[it.key] },
        onAnswer = state::answer,
        onSkip = state::skip,
        onBack = { if (!state.back()) onLeave() },
        onSave = { if (state.save()) onSaved() },
    )
}

@Composable
fun ScaleHistoryRoute(core: AppCore, onRate: () -> Unit, onBack: () -> Unit) {
    val state = remember(core) { ScaleHistoryState(core) }
    LaunchedEffect(core.revision) { state.load() }
    val history = state.history
    if (history == null) {
        ScreenScaffold(title = text("shell-scale-nav"), onBack = onBack) {}
        return
    }
    ScaleHistoryScreen(history, onRate = onRate, onInterval = state::choose, onBack = onBack)
}

fun NavGraphBuilder.scaleGraph(core: AppCore, navigator: Navigator) {
    composable(Routes.SCALE) {
        ScaleRoute(core, onLeave = navigator::back, onSaved = { navigator.open(Routes.SCALE_HISTORY) })
    }
    composable(Routes.SCALE_HISTORY) {
        ScaleHistoryRoute(core, onRate = { navigator.open(Routes.SCALE) }, onBack = navigator::back)
    }
}
