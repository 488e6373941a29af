package no.stegvis.ui.history

import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.setValue
import no.stegvis.core.HistoryMonth
import no.stegvis.ui.AppCore

/** Holds the month shown (this month at first) and moves to the one before or after. */
class HistoryState(private val core: AppCore) {
    /** `YYYY-MM`, or null for this month. */
    private var monthKey by mutableStateOf<String?>(null)
    var month by mutableStateOf<HistoryMonth?>(null)
        private set

    fun load() {
        month = core.read { it.historyMonth(monthKey) }
    }

    /** Shows `YYYY-MM`, a key the core gave out (previous or next month). */
    fun show(key: String) {
        monthKey = key
        load()
    }
}
