package no.stegvis.ui.settings

import androidx.navigation.NavGraphBuilder
import androidx.navigation.compose.composable
import no.stegvis.ui.AppCore
import no.stegvis.ui.Navigator
import no.stegvis.ui.Routes
import no.stegvis.ui.components.ScreenScaffold
import no.stegvis.ui.text.text

// SCAFFOLD: replaced by the real screens of this area.
fun NavGraphBuilder.settingsGraph(core: AppCore, navigator: Navigator) {
    composable(Routes.SETTINGS) {
        ScreenScaffold(title = text("shell-nav-settings"), onBack = navigator::back) {}
    }
}
