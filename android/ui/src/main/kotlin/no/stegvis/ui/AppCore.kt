package no.stegvis.ui

import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableIntStateOf
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.setValue
import no.stegvis.core.Lang
import no.stegvis.core.StegvisCompanion
import no.stegvis.core.StegvisException
import no.stegvis.ui.text.Strings

/**
 * The one door from the screens to the core. Screens' state holders read view records
 * and pass back what the person did through it; it turns a refusal into the core's own
 * sentence ([problem]) and, after every write, bumps [revision] so every screen reloads
 * and calls [onChanged] (on Android: replace the scheduled reminders with the plan).
 */
class AppCore(
    val companion: StegvisCompanion,
    /** The device's language, for "follow the device" in the language setting. */
    val deviceLanguage: Lang,
    private val onChanged: () -> Unit = {},
) {
    /** The shell's words in the current language. */
    var strings by mutableStateOf(Strings(companion.shellText()))
        private set

    /** Bumped after every write; state holders reload when it changes. */
    var revision by mutableIntStateOf(0)
        private set

    /** The last refusal as a sentence for people, shown until dismissed. */
    var problem by mutableStateOf<String?>(null)
        private set

    /** Reads from the core; `null` (and [problem] set) when the core refuses. */
    fun <T> read(block: (StegvisCompanion) -> T): T? = attempt(block)

    /**
     * Passes what the person did to the core; `null` (and [problem] set) when refused,
     * in which case nothing changed. On success every screen reloads.
     */
    fun <T> write(block: (StegvisCompanion) -> T): T? {
        // A new action: the last refusal was about the one before.
        problem = null
        val result = attempt(block) ?: return null
        revision += 1
        onChanged()
        return result
    }

    /**
     * Something changed outside the screens (the app came back to the front, a
     * notification logged a dose, an export was brought back): every screen reloads,
     * in the language the core now speaks.
     */
    fun refresh() {
        attempt { strings = Strings(it.shellText()) }
        revision += 1
    }

    /** The person read the refusal. */
    fun dismissProblem() {
        problem = null
    }

    /** The person picked a language (`null`: follow the device); every screen redraws in it. */
    fun chooseLanguage(choice: Lang?) {
        write { it.chooseLanguage(choice, deviceLanguage) } ?: return
        strings = Strings(companion.shellText())
    }

    @Suppress("SwallowedException") // a closed core has nothing more to say; the person sees the app close
    private fun <T> attempt(block: (StegvisCompanion) -> T): T? = try {
        block(companion)
    } catch (e: StegvisException) {
        problem = companion.describeError(e)
        null
    } catch (e: IllegalStateException) {
        // The core was closed (everything was erased and the app is closing): nothing to show.
        null
    }
}
