package no.stegvis.ui

import java.io.File
import no.stegvis.core.Lang
import no.stegvis.core.shellTextFor
import org.junit.Assert.assertEquals
import org.junit.Assert.assertTrue
import org.junit.Test

/** Every label a screen asks for exists in the core's Fluent files, in every language. */
class ShellTextTest {
    private val sources = File(System.getProperty("stegvis.sources.dir") ?: "src/main/kotlin")

    @Test
    fun everyIdTheScreensUseExistsInEveryLanguage() {
        val used = sources.walkTopDown().filter { it.extension == "kt" }
            .flatMap { ID.findAll(it.readText()).map { m -> m.groupValues[1] } }
            .toSortedSet()
        assertTrue("the screens use shell text", used.size > 5)
        for (lang in Lang.entries) {
            val text = shellTextFor(lang)
            val missing = used.filterNot { it in text }
            assertEquals("$lang lacks: $missing", emptyList<String>(), missing)
        }
    }

    private companion object {
        /** A quoted id that starts with `shell-`, wherever it is written. */
        val ID = Regex("\"(shell-[a-z0-9-]+)\"")
    }
}
