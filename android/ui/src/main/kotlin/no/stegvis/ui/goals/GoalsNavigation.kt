package no.stegvis.ui.goals

import androidx.navigation.NavGraphBuilder
import androidx.navigation.compose.composable
import no.stegvis.ui.AppCore
import no.stegvis.ui.Navigator
import no.stegvis.ui.Routes
import no.stegvis.ui.components.ScreenScaffold
import no.stegvis.ui.text.text

// SCAFFOLD: replaced by the real screens of this area.
fun NavGraphBuilder.goalsGraph(core: AppCore, navigator: Navigator) {
    composable(Routes.GOALS) {
        ScreenScaffold(title = text("shell-nav-goals"), onBack = navigator::back) {}
    }
}
