package no.stegvis.jvm

import java.io.File
import java.nio.file.Files
import java.nio.file.Path
import no.stegvis.core.GoalFilter
import no.stegvis.core.LifeArea
import no.stegvis.core.NewGoal
import no.stegvis.core.PlanEdit
import no.stegvis.core.PlanItem
import no.stegvis.core.PlanSection
import no.stegvis.core.RecordKind
import no.stegvis.core.StegvisException
import org.junit.jupiter.api.Assertions.assertArrayEquals
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.assertThrows
import org.junit.jupiter.api.io.TempDir

private const val NOW = "2026-11-23T09:00:00Z"

private fun action(text: String) = PlanEdit.AddItem(
    PlanSection.ACTIONS,
    PlanItem(text = text, supporter = null, reach = null, contactKind = null, signId = null),
)

/**
 * Issue 8, point 13 through the bindings: the plan is readable when nothing else
 * works. A data folder that cannot be written still opens and every read view answers
 * (a write is refused as ReadOnly and changes nothing), and a record whose stored
 * bytes were damaged is left out of its list, counted by unreadableRecords, and gives
 * DamagedRecord when asked for by itself, never KeyUnavailable.
 */
class AlwaysReadableTest {
    @TempDir
    lateinit var dir: Path

    private val db: Path get() = dir.resolve("stegvis.db")

    private fun fill(keys: InMemoryKeyManager): List<String> = openAt(dir, keys, NOW).use { app ->
        val goals = listOf("Walk to the shop", "Call my sister").map {
            app.addGoal(NewGoal(it, null, LifeArea.HEALTH)).id
        }
        app.editPlan(listOf(action("Go to bed at the same time")))
        app.editPlan(listOf(action("Call Kari")))
        goals
    }

    @Test
    fun `the plan and the other views open from a folder that cannot be written`() {
        val keys = InMemoryKeyManager()
        fill(keys)
        val files = dir.toFile().listFiles()!!.toList()
        try {
            files.forEach { it.setWritable(false, false) }
            dir.toFile().setWritable(false, false)
            val before = Files.readAllBytes(db)

            openAt(dir, keys, NOW).use { app ->
                val plan = app.planView()
                assertEquals(2u, plan.version)
                assertTrue(plan.sections.flatMap { it.items }.any { it.text == "Call Kari" })
                app.today()
                assertEquals(2, app.listGoals(GoalFilter.ALL).size)
                app.trend(4u)
                assertThrows<StegvisException.ReadOnly> {
                    app.addGoal(NewGoal("Sleep", null, LifeArea.HEALTH))
                }
            }
            assertArrayEquals(before, Files.readAllBytes(db))
        } finally {
            dir.toFile().setWritable(true, true)
            files.forEach { it.setWritable(true, true) }
        }
    }

    @Test
    fun `a damaged record is left out, counted, and is not a wrong key`() {
        val keys = InMemoryKeyManager()
        val goals = fill(keys)
        damageGoalBody(db.toFile(), goals[0])

        openAt(dir, keys, NOW).use { app ->
            assertEquals(listOf("Call my sister"), app.listGoals(GoalFilter.ALL).map { it.text })
            val unreadable = app.unreadableRecords()
            assertEquals(listOf(RecordKind.GOAL), unreadable.map { it.kind })
            assertEquals(1u, unreadable[0].count)
            assertEquals("1 entry could not be read and is not shown.", unreadable[0].label)
            assertThrows<StegvisException.DamagedRecord> { app.goal(goals[0]) }
            // The plan and the rest still answer, and writing goes on around the damage.
            assertEquals(2u, app.planView().version)
            app.addGoal(NewGoal("Sleep", null, LifeArea.HEALTH))
            assertEquals(2, app.listGoals(GoalFilter.ALL).size)
        }
    }
}

/**
 * Flips one byte inside the sealed body of goal [id] in the database file, as a bad
 * sector would. In the table's record the id is the only text in clear; its row
 * version (1, stored in the record header) takes no bytes, so the id is followed by
 * the sealed body, which starts with the format byte 2 and the key id 1. The index on
 * the id holds the id without a body, so this sequence is found once.
 */
private fun damageGoalBody(file: File, id: String) {
    val bytes = file.readBytes()
    val marker = id.toByteArray() + byteArrayOf(2, 0, 0, 0, 1)
    val at = (0..bytes.size - marker.size).single { start ->
        marker.indices.all { bytes[start + it] == marker[it] }
    }
    // After the marker: the nonce (12 bytes), then the ciphertext of a padded record
    // of at least 256 bytes. Land inside it.
    val inBody = at + marker.size + 12 + 20
    bytes[inBody] = (bytes[inBody].toInt() xor 0x5a).toByte()
    file.writeBytes(bytes)
}
