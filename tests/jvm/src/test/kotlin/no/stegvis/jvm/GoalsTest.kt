package no.stegvis.jvm

import java.nio.file.Path
import no.stegvis.core.Field
import no.stegvis.core.GoalFilter
import no.stegvis.core.InvalidReason
import no.stegvis.core.LifeArea
import no.stegvis.core.NewGoal
import no.stegvis.core.NewStep
import no.stegvis.core.StegvisException
import org.junit.jupiter.api.Assertions.assertArrayEquals
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.assertThrows
import org.junit.jupiter.api.io.TempDir

/**
 * Goals and steps written through the real library survive closing and reopening the
 * data folder: a Kotlin KeyManager receives the generated 32-byte key once, hands it
 * back on the next open, and the goal comes back with its steps in order and its
 * progress intact. Bad input is refused with a typed InvalidInput before anything is
 * written.
 */
class GoalsTest {
    @TempDir
    lateinit var dir: Path

    private val stepTexts = listOf("Find my shoes", "Walk to the corner", "Walk to the shop")

    @Test
    fun `goal with steps survives a reopen with the same key`() {
        val keys = InMemoryKeyManager()
        val goalId = open(dir, keys).use { app ->
            val goal = app.addGoal(NewGoal("Walk to the shop on my own", "So I can buy my own food", LifeArea.HEALTH))
            val steps = stepTexts.map { app.addStep(goal.id, NewStep(it, dueDate = null, assignment = null)) }
            steps.take(2).forEach { app.completeStep(it.id) }

            val progress = app.listGoals(GoalFilter.ACTIVE).single().progress
            assertEquals(2u, progress.done)
            assertEquals(3u, progress.total)
            goal.id
        }
        assertEquals(1, keys.stores)
        assertEquals(32, keys.storedKey?.size)

        open(dir, keys).use { app ->
            val goal = app.listGoals(GoalFilter.ALL).single()
            assertEquals(goalId, goal.id)
            assertEquals("Walk to the shop on my own", goal.text)
            assertEquals("So I can buy my own food", goal.why)
            assertEquals(LifeArea.HEALTH, goal.area)
            assertEquals(2u to 3u, goal.progress.done to goal.progress.total)

            val steps = app.goal(goalId).steps
            assertEquals(stepTexts, steps.map { it.text })
            assertEquals(listOf(1u, 2u, 3u), steps.map { it.position })
            assertEquals(listOf(true, true, false), steps.map { it.done })
        }
        assertEquals(1, keys.stores, "reopening must not make a new key")
    }

    @Test
    fun `a key kept in a file opens the folder from a fresh key manager`() {
        val keyFile = dir.resolve("data.key").toFile()
        val data = dir.resolve("data")
        open(data, FileKeyManager(keyFile)).use { it.addGoal(NewGoal("Sleep by midnight", null, LifeArea.HEALTH)) }
        val key = keyFile.readBytes()
        assertEquals(32, key.size)

        open(data, FileKeyManager(keyFile)).use { app ->
            assertEquals(listOf("Sleep by midnight"), app.listGoals(GoalFilter.ALL).map { it.text })
        }
        assertArrayEquals(key, keyFile.readBytes())
    }

    @Test
    fun `empty or blank goal text is refused and nothing is written`() {
        open(dir, InMemoryKeyManager()).use { app ->
            for (text in listOf("", "   ", " \t\n ")) {
                val e = assertThrows<StegvisException.InvalidInput> {
                    app.addGoal(NewGoal(text, "why", LifeArea.HEALTH))
                }
                assertEquals(Field.GOAL_TEXT, e.field)
                assertEquals(InvalidReason.Empty, e.reason)
            }
            assertTrue(app.listGoals(GoalFilter.ALL).isEmpty())
        }
    }
}
