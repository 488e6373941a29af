package no.stegvis.android

import java.io.File
import no.stegvis.core.Lang
import no.stegvis.core.shellTextFor
import org.junit.Assert.assertEquals
import org.junit.Assert.assertTrue
import org.junit.Test

/** Every word the app's Android part shows is in the core's shell text, in every language, and translated. */
class NotificationTextTest {
    private val ids =
        ReminderNotifications.Channel.entries.flatMap { listOf(it.nameId, it.aboutId) } +
            listOf("shell-notify-taken", "shell-notify-snooze", "shell-notify-cannot-open")

    @Test
    fun everyIdHasTextInEveryLanguage() {
        for (lang in Lang.entries) {
            val text = shellTextFor(lang)
            for (id in ids) assertTrue("$id in $lang", !text[id].isNullOrBlank())
        }
    }

    @Test
    fun everyQuotedIdInTheAppsSourcesExists() {
        val quoted = Regex("\"(shell-[a-z0-9-]+)\"")
        val used =
            File("src/main/kotlin")
                .walkTopDown()
                .filter { it.extension == "kt" }
                .flatMap { file -> quoted.findAll(file.readText()).map { it.groupValues[1] } }
                .toSortedSet()
        assertTrue(used.containsAll(listOf("shell-notify-taken", "shell-retry")))
        for (lang in Lang.entries) {
            val missing = used.filterNot { it in shellTextFor(lang) }
            assertEquals("$lang lacks: $missing", emptyList<String>(), missing)
        }
    }

    @Test
    fun theWordsAreTranslated() {
        val english = shellTextFor(Lang.EN)
        for (lang in Lang.entries - Lang.EN) {
            val same = ids.filter { shellTextFor(lang)[it] == english[it] }
            assertEquals("$lang copies English", emptyList<String>(), same)
        }
    }
}
