package no.stegvis.jvm

import java.nio.file.Path
import no.stegvis.core.LifeArea
import no.stegvis.core.NewGoal
import no.stegvis.core.NewStep
import no.stegvis.core.ProblemSolvingInput
import no.stegvis.core.SolveOption
import no.stegvis.core.TodayItemKind
import no.stegvis.core.TodaySectionKind
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertNotNull
import org.junit.jupiter.api.Assertions.assertNull
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.io.TempDir

/**
 * The problem-solving loop across app restarts, driven by Kotlin clocks: a step left
 * untouched for 10 days (more than the default stall days) shows as STALLED in today;
 * the plan saved for it comes back as saved; on its follow-up date it shows under
 * FOLLOW_UPS, and marking the follow-up done takes it out of today again.
 */
class ProblemSolvingTest {
    @TempDir
    lateinit var dir: Path

    private val keys = InMemoryKeyManager()

    @Test
    fun `a stalled step leads to a plan whose follow-up shows and then goes`() {
        val (goalId, stepId) = openAt(dir, keys, "2026-11-01T09:00:00Z").use { app ->
            val goal = app.addGoal(NewGoal("Find a part-time job", null, LifeArea.WORK_STUDY))
            goal.id to app.addStep(goal.id, NewStep("Update my CV", null, null)).id
        }

        val plan = openAt(dir, keys, "2026-11-11T09:00:00Z").use { app ->
            val stalled = app.today().sections.single { it.kind == TodaySectionKind.STALLED }.items.single()
            assertEquals(TodayItemKind.STALLED_STEP, stalled.kind)
            assertEquals(stepId, stalled.stepId)
            assertEquals(goalId, stalled.goalId)

            val input = ProblemSolvingInput(
                problem = "I don't know what to write",
                options = listOf(
                    SolveOption("Ask my employment advisor", "She knows CVs", "Meeting is next week"),
                    SolveOption("Copy a template", null, null),
                ),
                chosen = 1u,
                firstAction = "Call the advisor on Monday",
                followUpDate = "2026-11-14",
            )
            val saved = app.saveProblemSolving(stepId, input)
            assertEquals(stepId, saved.stepId)
            assertEquals(input.problem, saved.problem)
            assertEquals(input.options, saved.options)
            assertEquals(1u, saved.chosen)
            assertEquals(input.firstAction, saved.firstAction)
            assertEquals("2026-11-14", saved.followUpDate)
            assertNull(saved.followedUpAt)
            assertEquals(listOf(saved), app.problemSolvingForStep(stepId))
            saved
        }

        openAt(dir, keys, "2026-11-14T09:00:00Z").use { app ->
            val item = app.today().sections.single { it.kind == TodaySectionKind.FOLLOW_UPS }.items.single()
            assertEquals(TodayItemKind.FOLLOW_UP, item.kind)
            assertEquals(plan.id, item.problemSolvingId)
            assertEquals(stepId, item.stepId)

            assertNotNull(app.completeFollowUp(plan.id).followedUpAt)
            assertTrue(app.today().sections.none { it.kind == TodaySectionKind.FOLLOW_UPS })
        }
    }
}
