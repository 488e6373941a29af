package no.stegvis.ui.plan

import androidx.navigation.NavGraphBuilder
import androidx.navigation.compose.composable
import no.stegvis.ui.AppCore
import no.stegvis.ui.Navigator
import no.stegvis.ui.Routes
import no.stegvis.ui.components.ScreenScaffold
import no.stegvis.ui.text.text

// SCAFFOLD: replaced by the real screens of this area.
fun NavGraphBuilder.planGraph(core: AppCore, navigator: Navigator) {
    composable(Routes.PLAN) {
        ScreenScaffold(title = text("shell-nav-plan"), onBack = navigator::back) {}
    }
}
