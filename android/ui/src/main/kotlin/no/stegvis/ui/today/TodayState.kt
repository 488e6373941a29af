package no.stegvis.ui.today

import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.setValue
import no.stegvis.core.DoseAction
import no.stegvis.core.TodayView
import no.stegvis.ui.AppCore

/** Holds today's view and passes the person's taps to the core; reloads after each write. */
class TodayState(private val core: AppCore) {
    var view by mutableStateOf<TodayView?>(null)
        private set

    fun load() {
        view = core.read { it.today() }
    }

    fun completeStep(stepId: String) {
        core.write { it.completeStep(stepId) }
    }

    fun logDose(occurrenceId: String, action: DoseAction) {
        core.write { it.logDose(occurrenceId, action) }
    }

    fun undoDose(occurrenceId: String) {
        core.write { it.undoDose(occurrenceId) }
    }
}
