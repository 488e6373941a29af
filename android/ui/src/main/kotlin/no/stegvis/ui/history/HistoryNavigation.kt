package no.stegvis.ui.history

import androidx.compose.runtime.Composable
import androidx.compose.runtime.LaunchedEffect
import androidx.compose.runtime.remember
import androidx.navigation.NavGraphBuilder
import androidx.navigation.compose.composable
import androidx.savedstate.read
import no.stegvis.ui.AppCore
import no.stegvis.ui.Navigator
import no.stegvis.ui.Routes
import no.stegvis.ui.components.ScreenScaffold
import no.stegvis.ui.text.text

@Composable
fun HistoryRoute(core: AppCore, onDay: (String) -> Unit, onBack: () -> Unit) {
    val state = remember(core) { HistoryState(core) }
    LaunchedEffect(core.revision) { state.load() }
    val month = state.month
    if (month == null) {
        ScreenScaffold(title = text("shell-calendar-title"), onBack = onBack) {}
        return
    }
    HistoryScreen(month, onMonth = state::show, onDay = onDay, onBack = onBack)
}

@Composable
fun HistoryDayRoute(core: AppCore, date: String, onBack: () -> Unit) {
    val day = remember(core.revision, date) { core.read { it.historyDay(date) } }
    if (day == null) {
        ScreenScaffold(title = text("shell-calendar-title"), onBack = onBack) {}
        return
    }
    HistoryDayScreen(day, onBack = onBack)
}

/** The calendar, and a day opened from it. */
fun NavGraphBuilder.historyGraph(core: AppCore, navigator: Navigator) {
    composable(Routes.HISTORY) {
        HistoryRoute(core, onDay = { navigator.open(Routes.historyDayOf(it)) }, onBack = navigator::back)
    }
    composable(Routes.HISTORY_DAY) {
        val date = it.arguments?.read { getStringOrNull("date") }.orEmpty()
        HistoryDayRoute(core, date, onBack = navigator::back)
    }
}
