package no.stegvis.jvm

import java.nio.file.Path
import no.stegvis.core.ConflictReason
import no.stegvis.core.Field
import no.stegvis.core.InvalidReason
import no.stegvis.core.LifeArea
import no.stegvis.core.NewGoal
import no.stegvis.core.NewStep
import no.stegvis.core.StegvisException
import no.stegvis.core.StepRepeat
import no.stegvis.core.Weekday
import no.stegvis.core.parseStepRepeat
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertNull
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.assertThrows
import org.junit.jupiter.api.io.TempDir

/**
 * A repeating step through the bindings: added with its rule, checked off on two days
 * of one week (twice on one day counts once), its week read back as "2 of 3 this
 * week", a day taken back without losing the other, and bad rules refused typed.
 */
class RepeatingStepsTest {
    @TempDir
    lateinit var dir: Path

    private val keys = InMemoryKeyManager()

    /** Wednesday 25 November 2026, 10:00 in Oslo. */
    private val wednesday = "2026-11-25T09:00:00Z"

    @Test
    fun `a step three times a week counts its days this week`() {
        openAt(dir, keys, wednesday).use { app ->
            val goal = app.addGoal(NewGoal("Feel stronger", null, LifeArea.HEALTH))
            val step = app.addStep(
                goal.id,
                NewStep("Walk 20 minutes", dueDate = null, assignment = null, repeat = StepRepeat.TimesAWeek(3u)),
            )
            assertEquals("3 times a week", step.repeatLabel)
            assertEquals("weekly:3", step.repeatKey)
            assertEquals(0u, step.week?.done)

            app.checkOffOccurrence(step.id, null)
            app.checkOffOccurrence(step.id, null) // a double tap counts once
            val after = app.checkOffOccurrence(step.id, "2026-11-23")
            val week = after.week!!
            assertEquals(2u to 3u, week.done to week.target)
            assertEquals("2 of 3 this week", week.label)
            assertTrue(week.doneToday)
            assertFalse(after.done, "a repeating step is never done for good")

            val days = app.stepOccurrences(step.id, "2026-11-23", "2026-11-29").map { it.date }
            assertEquals(listOf("2026-11-23", "2026-11-25"), days)

            val undone = app.undoOccurrence(step.id, "2026-11-23")
            assertEquals("1 of 3 this week", undone.week?.label)
            assertEquals(listOf("2026-11-25"), app.stepOccurrences(step.id, "2026-11-23", "2026-11-29").map { it.date })

            val progress = app.goal(goal.id).goal.progress
            assertEquals(1u, progress.repeating)
            assertEquals(0u, progress.total)
        }
    }

    @Test
    fun `chosen weekdays read as words and bad rules are refused`() {
        assertEquals(StepRepeat.Weekdays(listOf(Weekday.MON, Weekday.THU)), parseStepRepeat("weekdays:thu,mon"))
        assertNull(parseStepRepeat("none"))
        val tooMany = assertThrows<StegvisException.InvalidInput> { parseStepRepeat("weekly:8") }
        assertEquals(Field.TIMES_A_WEEK, tooMany.field)
        assertEquals(InvalidReason.OutOfRange(1, 7), tooMany.reason)
        val unknown = assertThrows<StegvisException.InvalidInput> { parseStepRepeat("sometimes") }
        assertEquals(Field.STEP_REPEAT, unknown.field)

        openAt(dir, keys, wednesday).use { app ->
            val goal = app.addGoal(NewGoal("See people", null, LifeArea.RELATIONSHIPS))
            val call = app.addStep(
                goal.id,
                NewStep("Call Mum", dueDate = null, assignment = null, repeat = StepRepeat.Weekdays(listOf(Weekday.THU, Weekday.MON))),
            )
            assertEquals("Mondays and Thursdays", call.repeatLabel)
            assertThrows<StegvisException.InvalidInput> {
                app.addStep(goal.id, NewStep("Walk", dueDate = null, assignment = null, repeat = StepRepeat.Weekdays(emptyList())))
            }
            assertEquals(1, app.goal(goal.id).steps.size, "nothing written")
            val once = app.addStep(goal.id, NewStep("Buy a card", dueDate = null, assignment = null))
            val notRepeating = assertThrows<StegvisException.Conflict> { app.checkOffOccurrence(once.id, null) }
            assertEquals(ConflictReason.StepNotRepeating, notRepeating.reason)
        }
    }
}
