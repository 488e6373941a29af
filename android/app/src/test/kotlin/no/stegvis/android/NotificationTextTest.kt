package no.stegvis.android

import no.stegvis.core.Lang
import no.stegvis.core.shellTextFor
import org.junit.Assert.assertEquals
import org.junit.Assert.assertTrue
import org.junit.Test

/** Every word the notifications use is in the core's shell text, in every language, and not in English everywhere. */
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
    fun theWordsAreTranslated() {
        val english = shellTextFor(Lang.EN)
        for (lang in Lang.entries - Lang.EN) {
            val same = ids.filter { shellTextFor(lang)[it] == english[it] }
            assertEquals("$lang copies English", emptyList<String>(), same)
        }
    }
}
