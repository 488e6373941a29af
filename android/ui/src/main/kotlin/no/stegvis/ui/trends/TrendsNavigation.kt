package no.stegvis.ui.trends

import androidx.compose.runtime.Composable
import androidx.compose.runtime.LaunchedEffect
import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableIntStateOf
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.remember
import androidx.compose.runtime.setValue
import androidx.navigation.NavGraphBuilder
import androidx.navigation.compose.composable
import no.stegvis.core.Trend
import no.stegvis.ui.AppCore
import no.stegvis.ui.Navigator
import no.stegvis.ui.Routes
import no.stegvis.ui.components.ScreenScaffold
import no.stegvis.ui.text.text

/** Holds the trend for the chosen number of weeks (4 at first). */
class TrendsState(private val core: AppCore) {
    var weeks by mutableIntStateOf(TREND_WEEKS.first().first)
        private set
    var trend by mutableStateOf<Trend?>(null)
        private set

    fun load() {
        trend = core.read { it.trend(weeks.toUInt()) }
    }

    fun choose(weeks: Int) {
        this.weeks = weeks
        load()
    }
}

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
