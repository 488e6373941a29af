package no.stegvis.jvm

import java.nio.file.Path
import no.stegvis.core.Field
import no.stegvis.core.InvalidReason
import no.stegvis.core.Lang
import no.stegvis.core.LifeArea
import no.stegvis.core.StegvisException
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertNotEquals
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.io.TempDir

/**
 * Text for people comes from the core in the language the shell asked for: an error
 * built in Kotlin and passed back to describeError reads in Norwegian Bokmål under
 * Lang.NB and in English under Lang.EN, and the life-area picker has the same stable
 * areas and keys in both languages but different names.
 */
class LanguageTest {
    @TempDir
    lateinit var dir: Path

    private fun texts(language: Lang) = open(dir.resolve(language.name), InMemoryKeyManager(), language).use { app ->
        app.describeError(StegvisException.InvalidInput(Field.GOAL_TEXT, InvalidReason.Empty)) to app.lifeAreas()
    }

    @Test
    fun `errors and life areas follow the chosen language`() {
        val (nbError, nbAreas) = texts(Lang.NB)
        val (enError, enAreas) = texts(Lang.EN)

        assertNotEquals(enError, nbError)
        assertTrue("tomt" in nbError, nbError)
        assertTrue("empty" in enError, enError)

        assertEquals(LifeArea.values().toList(), enAreas.map { it.area })
        assertEquals(enAreas.map { it.area to it.key }, nbAreas.map { it.area to it.key })
        enAreas.zip(nbAreas).forEach { (en, nb) -> assertNotEquals(en.name, nb.name, en.key) }
        assertEquals("Health", enAreas.single { it.area == LifeArea.HEALTH }.name)
        assertEquals("Helse", nbAreas.single { it.area == LifeArea.HEALTH }.name)
    }
}
