package no.stegvis.ui.trends

import androidx.compose.runtime.Composable
import androidx.compose.runtime.LaunchedEffect
import androidx.compose.runtime.remember
import androidx.navigation.NavGraphBuilder
import androidx.navigation.compose.composable
import no.stegvis.core.Trend
import no.stegvis.ui.AppCore
import no.stegvis.ui.Navigator
import no.stegvis.ui.Routes
import no.stegvis.ui.components.ScreenScaffold
import no.stegvis.ui.text.text

@Composable
fun TrendsRoute(core: AppCore, onBack: () -> Unit) {
    val state = remember(core) { TrendsState(core) }
    LaunchedEffect(core.revision) { state.load() }
    val trend = state.trend
    if (trend == null) {
        ScreenScaffold(title = text("shell-nav-trends"), onBack = onBack) {}
        return
    }
    TrendsScreen(trend, onWeeks = state::choose, onBack = onBack)
}

fun NavGraphBuilder.trendsGraph(core: AppCore, navigator: Navigator) {
    composable(Routes.TRENDS) { TrendsRoute(core, onBack = navigator::back) }
}
