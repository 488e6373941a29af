package no.stegvis.ui.progress

import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.setValue
import no.stegvis.core.ProgressSummary
import no.stegvis.core.ReportSection
import no.stegvis.ui.AppCore

/** Holds the summary of the default period (six months) for the sections chosen (all at first). */
class ProgressState(private val core: AppCore) {
    var sections by mutableStateOf(ReportSection.entries.toSet())
        private set
    var summary by mutableStateOf<ProgressSummary?>(null)
        private set

    fun load() {
        summary = core.read { it.progressSummary(null, null, ReportSection.entries.filter(sections::contains)) }
    }

    /** Turns a section on or off; the last one chosen stays on, so there is always something to show. */
    fun toggle(section: ReportSection) {
        val next = if (section in sections) sections - section else sections + section
        if (next.isEmpty()) return
        sections = next
        load()
    }
}
