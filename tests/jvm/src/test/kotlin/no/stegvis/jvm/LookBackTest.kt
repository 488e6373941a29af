package no.stegvis.jvm

import java.nio.file.Path
import no.stegvis.core.LifeArea
import no.stegvis.core.LookBackInput
import no.stegvis.core.LookBackOutcome
import no.stegvis.core.NewGoal
import no.stegvis.core.NewStep
import no.stegvis.core.ProblemSolvingInput
import no.stegvis.core.SolveOption
import no.stegvis.core.StegvisException
import no.stegvis.core.TodaySectionKind
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertNotEquals
import org.junit.jupiter.api.Assertions.assertNotNull
import org.junit.jupiter.api.Assertions.assertNull
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.assertThrows
import org.junit.jupiter.api.io.TempDir

/**
 * Issue 8, point 10 through the bindings: a problem-solving plan is listed under its
 * step in the goal, read back in full, and a step with a plan waiting is not called
 * stuck. The look-back's answer (helped / partly / not yet, and a note) is kept with
 * the plan across restarts, and the next idea can be tried as a new plan.
 */
class LookBackTest {
    @TempDir
    lateinit var dir: Path

    private val keys = InMemoryKeyManager()

    private val input = ProblemSolvingInput(
        problem = "I get nervous calling",
        options = listOf(
            SolveOption("Send a message instead", "No phone call", null),
            SolveOption("Ask mum to suggest it", null, "Feels childish"),
        ),
        chosen = 1u,
        firstAction = "Write the message on Tuesday",
        followUpDate = "2026-11-25",
    )

    @Test
    fun `saved plans are listed under their step and the look-back answer is kept`() {
        val (goalId, stepId) = openAt(dir, keys, "2026-11-01T09:00:00Z").use { app ->
            val goal = app.addGoal(NewGoal("See my sister more", null, LifeArea.RELATIONSHIPS))
            goal.id to app.addStep(goal.id, NewStep("Ask her to have coffee", null, null)).id
        }

        val plan = openAt(dir, keys, "2026-11-23T09:00:00Z").use { app ->
            assertTrue(app.today().sections.any { it.kind == TodaySectionKind.STALLED })
            val saved = app.saveProblemSolving(stepId, input)
            assertEquals("Wednesday 25 November", saved.followUpLabel)
            assertEquals(2u, saved.nextOption)

            val step = app.goal(goalId).steps.single()
            assertEquals(listOf(saved), step.plans)
            assertEquals(false, step.stalled)
            assertEquals(saved, app.problemSolving(saved.id))
            // With a plan waiting, the step is not also listed as stuck.
            assertTrue(app.today().sections.none { it.kind == TodaySectionKind.STALLED })
            saved
        }

        openAt(dir, keys, "2026-11-25T09:00:00Z").use { app ->
            val prompts = app.lookBackPrompts()
            assertEquals(LookBackOutcome.entries.toList(), prompts.outcomes)
            assertEquals(3, prompts.outcomeLabels.size)

            val looked = app.lookBack(plan.id, LookBackInput(LookBackOutcome.PARTLY, "Sent it, no answer yet"))
            assertNotNull(looked.followedUpAt)
            assertEquals(LookBackOutcome.PARTLY, looked.outcome)
            assertEquals("It helped a bit", looked.outcomeLabel)
            assertTrue(app.today().sections.none { it.kind == TodaySectionKind.FOLLOW_UPS })
            assertThrows<StegvisException.Conflict> { app.lookBack(plan.id, LookBackInput(null, null)) }
        }

        // After a restart the answer is still there, under the step.
        openAt(dir, keys, "2026-11-26T09:00:00Z").use { app ->
            val kept = app.goal(goalId).steps.single().plans.single()
            assertEquals(LookBackOutcome.PARTLY, kept.outcome)
            assertEquals("Sent it, no answer yet", kept.lookBackNote)
        }
    }

    @Test
    fun `the next idea from a plan becomes a new plan with its own look-back`() {
        openAt(dir, keys, "2026-11-23T09:00:00Z").use { app ->
            val goal = app.addGoal(NewGoal("See my sister more", null, LifeArea.RELATIONSHIPS))
            val stepId = app.addStep(goal.id, NewStep("Ask her to have coffee", null, null)).id
            val first = app.saveProblemSolving(stepId, input)
            val looked = app.lookBack(first.id, LookBackInput(LookBackOutcome.NOT_YET, null))

            val next = app.tryNextOption(first.id, looked.nextOption!!, "Ask mum on Sunday", "2026-11-30")
            assertNotEquals(first.id, next.id)
            assertEquals(2u, next.chosen)
            assertEquals(first.problem, next.problem)
            assertEquals(first.options, next.options)
            assertEquals(first.id, next.continues)
            assertNull(next.followedUpAt)
            assertEquals(listOf(first.id, next.id), app.problemSolvingForStep(stepId).map { it.id })

            // A number past the last idea changes nothing.
            assertThrows<StegvisException.InvalidInput> {
                app.tryNextOption(first.id, 3u, "x", "2026-11-30")
            }
            assertEquals(2, app.problemSolvingForStep(stepId).size)
        }
    }
}
