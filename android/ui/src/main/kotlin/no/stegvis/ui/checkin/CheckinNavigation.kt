package no.stegvis.ui.checkin

import androidx.compose.runtime.Composable
import androidx.compose.runtime.LaunchedEffect
import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.remember
import androidx.compose.runtime.setValue
import androidx.navigation.NavGraphBuilder
import androidx.navigation.compose.composable
import no.stegvis.core.CheckinForm
import no.stegvis.core.CheckinInput
import no.stegvis.core.Rating
import no.stegvis.ui.AppCore
import no.stegvis.ui.Navigator
import no.stegvis.ui.Routes
import no.stegvis.ui.components.ScreenScaffold
import no.stegvis.ui.text.text

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

/** The check-in over the core; [onSaved] after the core kept it (back to today). */
@Composable
fun CheckinRoute(core: AppCore, onSaved: () -> Unit, onBack: () -> Unit) {
    val state = remember(core) { CheckinState(core) }
    // Loaded once: a reload would replace answers the person is still entering.
    LaunchedEffect(state) { state.load() }
    val form = state.form
    if (form == null) {
        ScreenScaffold(title = text("shell-nav-checkin"), onBack = onBack) {}
        return
    }
    CheckinScreen(
        form = form,
        answers = state.answers,
        callbacks = CheckinCallbacks(
            onRate = state::rate,
            onNote = state::note,
            onSleep = state::sleep,
            onSave = { if (state.save()) onSaved() },
            onBack = onBack,
        ),
    )
}

fun NavGraphBuilder.checkinGraph(core: AppCore, navigator: Navigator) {
    composable(Routes.CHECKIN) { CheckinRoute(core, onSaved = navigator::home, onBack = navigator::back) }
}
