package no.stegvis.ui.progress

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

@Composable
fun ProgressRoute(core: AppCore, onBack: () -> Unit, onReport: () -> Unit = {}) {
    val state = remember(core) { ProgressState(core) }
    LaunchedEffect(core.revision) { state.load() }
    val summary = state.summary
    if (summary == null) {
        ScreenScaffold(title = text("shell-nav-progress"), onBack = onBack) {}
        return
    }
    ProgressScreen(summary, chosen = state.sections, onToggle = state::toggle, onBack = onBack, onReport = onReport)
}

fun NavGraphBuilder.progressGraph(core: AppCore, navigator: Navigator) {
    composable(Routes.PROGRESS) { ProgressRoute(core, onBack = navigator::back, onReport = { navigator.open(Routes.REPORT) }) }
}
