package no.stegvis.jvm

import java.nio.file.Files
import java.nio.file.Path
import no.stegvis.core.GoalFilter
import no.stegvis.core.ImportFailure
import no.stegvis.core.LifeArea
import no.stegvis.core.NewGoal
import no.stegvis.core.StegvisCompanion
import no.stegvis.core.StegvisException
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertNull
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.assertThrows
import org.junit.jupiter.api.io.TempDir

/**
 * Owning your data through the bindings, as a phone would: the encrypted export, the
 * import on a new phone (another folder, another Kotlin key manager), a wrong
 * passphrase refused with the folder left empty, and erasing everything.
 */
class PortableTest {
    @TempDir
    lateinit var root: Path

    private val now = "2026-11-23T08:00:00Z"
    private val passphrase = "four calm words here"

    private fun files(dir: Path): List<String> =
        if (Files.isDirectory(dir)) Files.list(dir).use { s -> s.map { it.fileName.toString() }.toList() } else emptyList()

    private fun oldPhone(): Pair<StegvisCompanion, Path> {
        val dir = root.resolve("old")
        val app = openAt(dir, InMemoryKeyManager(), now)
        app.addGoal(NewGoal("Walk outside most days", "I sleep better", LifeArea.HEALTH))
        app.addGoal(NewGoal("Call my sister", null, LifeArea.RELATIONSHIPS))
        return app to dir
    }

    private fun importInto(dir: Path, keys: InMemoryKeyManager, file: Path, passphrase: String) =
        StegvisCompanion.importExportWithClock(config(dir), keys, FixedClock(now), file.toString(), passphrase)

    @Test
    fun `an export restores on a new phone with its own key`() {
        val (app, _) = oldPhone()
        val file = root.resolve("stegvis.export")
        val summary = app.exportEncrypted(file.toString(), passphrase)
        assertEquals(Files.size(file).toULong(), summary.bytes)
        assertEquals(0u, summary.unreadable)
        val bytes = Files.readAllBytes(file)
        assertFalse(String(bytes, Charsets.ISO_8859_1).contains("Walk outside"))

        val newKeys = InMemoryKeyManager()
        importInto(root.resolve("new"), newKeys, file, passphrase).use { restored ->
            assertEquals(
                app.listGoals(GoalFilter.ALL).map { it.text to it.why },
                restored.listGoals(GoalFilter.ALL).map { it.text to it.why },
            )
        }
        assertEquals(1, newKeys.stores)
        app.close()
    }

    @Test
    fun `a wrong passphrase is refused and the new phone stays empty`() {
        val (app, _) = oldPhone()
        val file = root.resolve("stegvis.export")
        app.exportEncrypted(file.toString(), passphrase)
        app.close()
        val dir = root.resolve("new")
        val keys = InMemoryKeyManager()
        val e = assertThrows<StegvisException.Import> { importInto(dir, keys, file, "four calm words hers") }
        assertEquals(ImportFailure.WrongPassphraseOrChanged, e.reason)
        assertTrue(files(dir).isEmpty(), "left behind: ${files(dir)}")
        assertNull(keys.storedKey)

        val short = assertThrows<StegvisException.InvalidInput> {
            openAt(root.resolve("other"), InMemoryKeyManager(), now).use { it.exportEncrypted(root.resolve("x").toString(), "short") }
        }
        assertEquals("passphrase", short.field.name.lowercase())
    }

    @Test
    fun `erasing everything leaves no file and the key is gone`() {
        val dir = root.resolve("data")
        // A shell whose key lives in the data folder, like the terminal's.
        val keyFile = dir.resolve("stegvis.key").toFile()
        val app = openAt(dir, FileKeyManager(keyFile), now)
        app.addGoal(NewGoal("Sleep by midnight", null, LifeArea.HEALTH))
        assertTrue(keyFile.exists())
        app.eraseEverything()
        assertFalse(Files.exists(dir), "left behind: ${files(dir)}")
        assertThrows<StegvisException.Erased> { app.listGoals(GoalFilter.ALL) }
        app.close()
    }
}
