package no.stegvis.jvm

import java.io.RandomAccessFile
import java.nio.file.Files
import java.nio.file.Path
import no.stegvis.core.GoalFilter
import no.stegvis.core.LifeArea
import no.stegvis.core.NewGoal
import no.stegvis.core.StegvisException
import org.junit.jupiter.api.Assertions.assertArrayEquals
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.assertThrows
import org.junit.jupiter.api.io.TempDir

/**
 * Opening refuses a data folder it must not touch, with a typed error the shell can
 * act on: a database stamped with a newer schema version (SQLite user_version) gives
 * IncompatibleVersion and stays byte-for-byte as it was, and a key other than the one
 * the data was sealed with gives KeyUnavailable, after which the right key still
 * opens the data.
 */
class OpenRefusalTest {
    @TempDir
    lateinit var dir: Path

    private val db: Path get() = dir.resolve("stegvis.db")

    @Test
    fun `a database from a newer version is refused and left untouched`() {
        val keys = InMemoryKeyManager()
        open(dir, keys).use { it.addGoal(NewGoal("Call my sister", null, LifeArea.RELATIONSHIPS)) }
        RandomAccessFile(db.toFile(), "rw").use { file ->
            file.seek(60) // SQLite header: user_version, 4 bytes big-endian
            file.writeInt(99)
        }
        val before = Files.readAllBytes(db)

        val e = assertThrows<StegvisException.IncompatibleVersion> { open(dir, keys).close() }
        assertEquals(99u, e.found)
        assertTrue(e.supported < 99u, "supported=${e.supported}")
        assertArrayEquals(before, Files.readAllBytes(db))
    }

    @Test
    fun `a different key is refused with KeyUnavailable`() {
        val keys = InMemoryKeyManager()
        open(dir, keys).use { it.addGoal(NewGoal("Call my sister", null, LifeArea.RELATIONSHIPS)) }

        var wrong = randomKey()
        while (wrong.contentEquals(keys.storedKey)) wrong = randomKey()
        assertThrows<StegvisException.KeyUnavailable> { open(dir, InMemoryKeyManager(wrong)).close() }

        open(dir, keys).use { app ->
            assertEquals(listOf("Call my sister"), app.listGoals(GoalFilter.ALL).map { it.text })
        }
    }
}
