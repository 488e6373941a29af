package no.stegvis.ui.goals

import androidx.compose.ui.test.onNodeWithTag
import androidx.compose.ui.test.performClick
import androidx.compose.ui.test.performScrollTo
import androidx.compose.ui.test.performTextInput
import no.stegvis.core.GoalFilter
import no.stegvis.core.GoalStatus
import no.stegvis.ui.Routes
import no.stegvis.ui.StegvisApp
import no.stegvis.ui.testing.assertAccessible
import no.stegvis.ui.testing.demoCore
import no.stegvis.ui.testing.renderScreen
import no.stegvis.ui.testing.runTallUiTest
import no.stegvis.ui.testing.setStegvisContent
import org.junit.Assert.assertEquals
import org.junit.Assert.assertFalse
import org.junit.Assert.assertTrue
import org.junit.Test

class GoalsScreensTest {
    @Test
    fun goalsRenderFromTheDemoData() = renderScreen("goals") { core ->
        val goals = core.read { it.listGoals(GoalFilter.ALL) }.orEmpty()
        val areas = core.read { it.lifeAreas() }.orEmpty()
        GoalsScreen(GoalsView(goals, GoalFilter.ALL), areas, draft = null, actions = noGoalsActions)
    }

    @Test
    fun aNewGoalFormRenders() = renderScreen("goal-add") { core ->
        val areas = core.read { it.lifeAreas() }.orEmpty()
        val draft = GoalDraft("Cook dinner twice a week", "", no.stegvis.core.LifeArea.DAILY_LIVING)
        GoalsScreen(GoalsView(emptyList(), GoalFilter.ACTIVE), areas, draft, noGoalsActions)
    }

    @Test
    fun aGoalWithItsStepsAndPlanRenders() = renderScreen("goal") { core ->
        val detail = core.companion.goalWithPlan()
        GoalScreen(detail, emptyList(), GoalDrafts(), noGoalActions)
    }

    @Test
    fun checkingOffAStepIsOneTap() = runTallUiTest {
        demoCore().use { test ->
            val detail = test.companion.activeGoalWithOpenStep()
            val step = detail.steps.first { !it.done }
            setStegvisContent(test.core, fontScale = 2f) { StegvisApp(test.core, startRoute = Routes.GOALS) }
            onNodeWithTag("goal-${detail.goal.id}").performScrollTo().performClick()
            assertAccessible()
            onNodeWithTag("step-${step.id}").performScrollTo().performClick()
            waitForIdle()
            assertTrue(
                test.companion
                    .goal(detail.goal.id)
                    .steps
                    .first { it.id == step.id }
                    .done,
            )
            // And one tap opens it again.
            onNodeWithTag("step-${step.id}").performScrollTo().performClick()
            waitForIdle()
            assertFalse(
                test.companion
                    .goal(detail.goal.id)
                    .steps
                    .first { it.id == step.id }
                    .done,
            )
        }
    }

    @Test
    fun reachingAGoalAndBringingItBack() = runTallUiTest {
        demoCore().use { test ->
            val detail = test.companion.activeGoalWithOpenStep()
            setStegvisContent(test.core, fontScale = 2f) { StegvisApp(test.core, startRoute = Routes.goalOf(detail.goal.id)) }
            onNodeWithTag("reach").performScrollTo().performClick()
            waitForIdle()
            assertEquals(
                GoalStatus.REACHED,
                test.companion
                    .goal(detail.goal.id)
                    .goal.status,
            )
            assertAccessible()
            onNodeWithTag("resume").performScrollTo().performClick()
            waitForIdle()
            assertEquals(
                GoalStatus.ACTIVE,
                test.companion
                    .goal(detail.goal.id)
                    .goal.status,
            )
            onNodeWithTag("set-aside").performScrollTo().performClick()
            waitForIdle()
            assertEquals(
                GoalStatus.SET_ASIDE,
                test.companion
                    .goal(detail.goal.id)
                    .goal.status,
            )
        }
    }

    @Test
    fun addingMovingAndChangingSteps() = runTallUiTest {
        demoCore().use { test ->
            val detail = test.companion.activeGoalWithOpenStep()
            val goalId = detail.goal.id
            setStegvisContent(test.core, fontScale = 2f) { StegvisApp(test.core, startRoute = Routes.goalOf(goalId)) }
            onNodeWithTag("new-step").performScrollTo().performTextInput("Put the shoes by the door")
            onNodeWithTag("add-step").performScrollTo().performClick()
            waitForIdle()
            val added =
                test.companion
                    .goal(goalId)
                    .steps
                    .last()
            assertEquals("Put the shoes by the door", added.text)
            onNodeWithTag("up-${added.id}").performScrollTo().performClick()
            waitForIdle()
            val steps = test.companion.goal(goalId).steps
            assertEquals(added.id, steps[steps.size - 2].id)
            onNodeWithTag("edit-${added.id}").performScrollTo().performClick()
            onNodeWithTag("step-text").performTextInput("Now: ")
            onNodeWithTag("save-step").performScrollTo().performClick()
            waitForIdle()
            assertTrue(
                test.companion
                    .goal(goalId)
                    .steps
                    .first { it.id == added.id }
                    .text
                    .startsWith("Now: "),
            )
            assertAccessible()
        }
    }

    @Test
    fun addingAGoalInOwnWordsWithItsArea() = runTallUiTest {
        demoCore().use { test ->
            val before = test.companion.listGoals(GoalFilter.ALL).size
            setStegvisContent(test.core, fontScale = 2f) { StegvisApp(test.core, startRoute = Routes.GOALS) }
            onNodeWithTag("add-goal").performScrollTo().performClick()
            onNodeWithTag("goal-text").performTextInput("Cook dinner twice a week")
            onNodeWithTag("goal-why").performTextInput("I feel better when I eat well")
            onNodeWithTag("area-health").performScrollTo().performClick()
            assertAccessible()
            onNodeWithTag("save-goal").performScrollTo().performClick()
            waitForIdle()
            val goals = test.companion.listGoals(GoalFilter.ALL)
            assertEquals(before + 1, goals.size)
            val goal = goals.first { it.text == "Cook dinner twice a week" }
            assertEquals("I feel better when I eat well", goal.why)
            assertEquals(no.stegvis.core.LifeArea.HEALTH, goal.area)
            // Saving opens the new goal, ready for its first step.
            onNodeWithTag("new-step").assertExists()
        }
    }

    @Test
    fun theListShowsAllGoalsWhenAsked() = runTallUiTest {
        demoCore().use { test ->
            val setAside = test.companion.listGoals(GoalFilter.ALL).first { it.status == GoalStatus.SET_ASIDE }
            setStegvisContent(test.core, fontScale = 2f) { StegvisApp(test.core, startRoute = Routes.GOALS) }
            onNodeWithTag("goal-${setAside.id}").assertDoesNotExist()
            onNodeWithTag("filter-all").performScrollTo().performClick()
            onNodeWithTag("goal-${setAside.id}").assertExists()
            assertAccessible()
        }
    }
}
