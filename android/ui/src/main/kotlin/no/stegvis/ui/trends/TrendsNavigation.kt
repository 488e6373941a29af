package no.stegvis.ui.trends

import androidx.navigation.NavGraphBuilder
import androidx.navigation.compose.composable
import no.stegvis.ui.AppCore
import no.stegvis.ui.Navigator
import no.stegvis.ui.Routes
import no.stegvis.ui.components.ScreenScaffold
import no.stegvis.ui.text.text

// SCAFFOLD: replaced by the real screens of this area.
fun NavGraphBuilder.trendsGraph(core: AppCore, navigator: Navigator) {
    composable(Routes.TRENDS) {
        ScreenScaffold(title = text("shell-nav-trends"), onBack = navigator::back) {}
    }
}
