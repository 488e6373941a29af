package no.stegvis.ui.report

import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.setValue
import kotlin.coroutines.CoroutineContext
import kotlinx.coroutines.CoroutineScope
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.launch
import kotlinx.coroutines.withContext
import no.stegvis.core.ReportPeriodChoice
import no.stegvis.core.ReportSection
import no.stegvis.ui.AppCore
import no.stegvis.ui.Platform

/** What the report screen shows: the choices, and the report made last, if any. */
data class ReportView(
    /** The periods the core offers (last 3, 6, 12 months). */
    val periods: List<ReportPeriodChoice> = emptyList(),
    val period: ReportPeriodChoice? = null,
    /** All sections at first; the person may turn any off. */
    val sections: Set<ReportSection> = ReportSection.entries.toSet(),
    /** The core is drawing the PDF. */
    val making: Boolean = false,
    /** Where the report made last is kept; share and open act on it. */
    val made: String? = null,
    /** The device has an app that shows PDFs: offer Open. */
    val canOpen: Boolean = false,
)

/** What the person can do on the report screen. */
data class ReportActions(
    val toggle: (ReportSection) -> Unit = {},
    val choosePeriod: (ReportPeriodChoice) -> Unit = {},
    /** Make the report of these sections (never empty) over this period. */
    val make: (List<ReportSection>, ReportPeriodChoice) -> Unit = { _, _ -> },
    val share: () -> Unit = {},
    val open: () -> Unit = {},
)

/**
 * Holds the choices and makes the report: the core draws the PDF off the main thread
 * ([work]), the device keeps it as its one report file (the one before is removed),
 * and the share sheet or a viewer gets it only when the person asks.
 */
class ReportState(
    private val core: AppCore,
    private val platform: Platform,
    private val scope: CoroutineScope,
    private val work: CoroutineContext = Dispatchers.IO,
) {
    var view by mutableStateOf(ReportView())
        private set

    val actions = ReportActions(
        toggle = ::toggle,
        choosePeriod = { view = view.copy(period = it, made = null) },
        make = ::make,
        share = { view.made?.let(platform.reports::share) },
        open = { view.made?.let(platform.reports::open) },
    )

    fun load() {
        val periods = core.read { it.reportPeriodChoices() } ?: return
        val kept = view.period?.months
        val period = periods.firstOrNull { it.months == kept } ?: periods.firstOrNull { it.preselected } ?: periods.firstOrNull()
        view = view.copy(periods = periods, period = period, canOpen = platform.reports.canOpen())
    }

    /** Turns a section on or off; with none on, the screen says so and makes nothing. */
    private fun toggle(section: ReportSection) {
        val on = view.sections
        view = view.copy(sections = if (section in on) on - section else on + section, made = null)
    }

    private fun make(sections: List<ReportSection>, period: ReportPeriodChoice) {
        if (sections.isEmpty() || view.making) return
        view = view.copy(making = true, made = null)
        scope.launch {
            val name = "stegvis-report-${period.to}.pdf"
            val path = withContext(work) {
                core.read { it.reportPdf(period.from, period.to, sections) }?.let { platform.reports.keep(name, it) }
            }
            view = view.copy(making = false, made = path)
        }
    }
}
