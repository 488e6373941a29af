package no.stegvis.ui.trends

import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableIntStateOf
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.setValue
import no.stegvis.core.Trend
import no.stegvis.ui.AppCore

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
