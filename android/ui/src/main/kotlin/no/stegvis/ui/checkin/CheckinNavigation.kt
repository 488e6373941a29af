package no.stegvis.ui.checkin

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

/** The check-in over the core; [onSaved] after the core kept it (back to today). */
@Composable
fun CheckinRoute(core: AppCore, onSaved: () -> Unit, onBack: () -> Unit) {
    val state = remember(core) { CheckinState(core) }
    // Loaded once: a reload would replace answers the person is still entering.
    LaunchedEffect(state) { state.load() }
    val form = state.form
    if (form == null) {
        ScreenScaffold(title = text("shell-nav-checkin"), onBack = onBack) {}
        return
    }
    CheckinScreen(
        form = form,
        answers = state.answers,
        callbacks = CheckinCallbacks(
            onRate = state::rate,
            onNote = state::note,
            onSleep = state::sleep,
            onSave = { if (state.save()) onSaved() },
            onBack = onBack,
        ),
    )
}

fun NavGraphBuilder.checkinGraph(core: AppCore, navigator: Navigator) {
    composable(Routes.CHECKIN) { CheckinRoute(core, onSaved = navigator::home, onBack = navigator::back) }
}
