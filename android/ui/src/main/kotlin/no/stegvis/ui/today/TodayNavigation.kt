package no.stegvis.ui.today

import androidx.compose.runtime.Composable
import androidx.compose.runtime.LaunchedEffect
import androidx.compose.runtime.remember
import androidx.navigation.NavGraphBuilder
import androidx.navigation.compose.composable
import no.stegvis.ui.AppCore
import no.stegvis.ui.LocalPlatform
import no.stegvis.ui.Navigator
import no.stegvis.ui.Routes
import no.stegvis.ui.components.ScreenScaffold
import no.stegvis.ui.text.text

/** Today over the core: the app's first screen; [onOpen] goes to another screen's route. */
@Composable
fun TodayRoute(core: AppCore, onOpen: (String) -> Unit) {
    val state = remember(core) { TodayState(core) }
    LaunchedEffect(core.revision) { state.load() }
    val platform = LocalPlatform.current
    val view = state.view
    if (view == null) {
        // The core refused (its sentence is in the banner) or has not answered yet.
        ScreenScaffold(title = text("shell-nav-today")) {}
        return
    }
    TodayScreen(
        view = view,
        actions = TodayActions(
            open = onOpen,
            completeStep = state::completeStep,
            logDose = state::logDose,
            undoDose = state::undoDose,
            dial = platform::dial,
        ),
    )
}

fun NavGraphBuilder.todayGraph(core: AppCore, navigator: Navigator) {
    composable(Routes.TODAY) { TodayRoute(core, onOpen = navigator::open) }
}
