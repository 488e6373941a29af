package no.stegvis.ui.checkin

import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.setValue
import no.stegvis.core.CheckinForm
import no.stegvis.core.CheckinInput
import no.stegvis.core.Rating
import no.stegvis.ui.AppCore

/**
 * Holds today's check-in form from the core and what the person entered. Saving hands
 * everything to the core at once; a refusal (a sleep the core cannot read) keeps every
 * answer on screen, so nothing written is lost.
 */
class CheckinState(private val core: AppCore) {
    var form by mutableStateOf<CheckinForm?>(null)
        private set
    var answers by mutableStateOf(CheckinAnswers())
        private set

    fun load() {
        val loaded = core.read { it.checkinForm(null) } ?: return
        form = loaded
        answers = CheckinAnswers(
            ratings = loaded.signs.mapNotNull { s -> s.current?.let { s.signId to it.toInt() } }.toMap(),
            note = loaded.note.orEmpty(),
            sleep = loaded.sleepText.orEmpty(),
        )
    }

    fun rate(signId: String, value: Int) {
        answers = answers.copy(ratings = answers.ratings + (signId to value))
    }

    fun note(text: String) {
        answers = answers.copy(note = text)
    }

    fun sleep(text: String) {
        answers = answers.copy(sleep = text)
    }

    /** Saves; true when the core kept it. */
    fun save(): Boolean {
        val entered = answers
        val date = form?.date
        return core.write { c ->
            c.saveCheckin(
                CheckinInput(
                    date = date,
                    ratings = entered.ratings.map { (sign, value) -> Rating(sign, value.toUByte()) },
                    note = entered.note.ifBlank { null },
                    sleepHours = c.parseSleepHours(entered.sleep),
                ),
            )
        } != null
    }
}
