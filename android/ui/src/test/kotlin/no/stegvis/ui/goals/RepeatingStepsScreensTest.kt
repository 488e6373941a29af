package no.stegvis.ui.goals

import androidx.compose.ui.test.onNodeWithTag
import androidx.compose.ui.test.performClick
import androidx.compose.ui.test.performScrollTo
import androidx.compose.ui.test.performTextInput
import no.stegvis.core.Lang
import no.stegvis.core.LifeArea
import no.stegvis.core.NewGoal
import no.stegvis.core.NewStep
import no.stegvis.core.StegvisCompanion
import no.stegvis.core.StepRepeat
import no.stegvis.core.TodayItemKind
import no.stegvis.core.Weekday
import no.stegvis.ui.Routes
import no.stegvis.ui.StegvisApp
import no.stegvis.ui.testing.TestCore
import no.stegvis.ui.testing.assertAccessible
import no.stegvis.ui.testing.emptyCore
import no.stegvis.ui.testing.renderScreen
import no.stegvis.ui.testing.runTallUiTest
import no.stegvis.ui.testing.setStegvisContent
import no.stegvis.ui.today.TodayActions
import no.stegvis.ui.today.TodayScreen
import org.junit.Assert.assertEquals
import org.junit.Assert.assertNotNull
import org.junit.Assert.assertTrue
import org.junit.Test

/** A goal with three repeating steps and one done once; the walk is checked off today (a Monday). */
private fun withRepeatingSteps(lang: Lang): TestCore = emptyCore(lang).also { test -> test.companion.addRepeatingSteps() }

private fun StegvisCompanion.addRepeatingSteps(): String {
    val goal = addGoal(NewGoal("Feel stronger", null, LifeArea.HEALTH)).id
    val walk = addStep(goal, NewStep("Walk 20 minutes", null, null, repeat = StepRepeat.TimesAWeek(3u)))
    addStep(goal, NewStep("Call Mum", null, null, repeat = StepRepeat.Weekdays(listOf(Weekday.MON, Weekday.THU))))
    addStep(goal, NewStep("Stretch in the morning", null, null, repeat = StepRepeat.Daily))
    addStep(goal, NewStep("Buy walking shoes", null, null))
    checkOffOccurrence(walk.id, null)
    return goal
}

private fun StegvisCompanion.onlyGoal(): String = listGoals(no.stegvis.core.GoalFilter.ACTIVE).single().id

class RepeatingStepsScreensTest {
    private val nothing = TodayActions(open = {}, completeStep = {}, logDose = { _, _ -> }, undoDose = {}, dial = {})

    @Test
    fun aGoalShowsItsRepeatingStepsWithThisWeeksCount() = renderScreen("goal-repeating", data = ::withRepeatingSteps) { core ->
        val detail = requireNotNull(core.read { it.goal(it.onlyGoal()) })
        GoalScreen(detail, emptyList(), GoalDrafts(), noGoalActions)
    }

    @Test
    fun theStepEditorOffersHowOften() = renderScreen("step-repeat-edit", data = ::withRepeatingSteps) { core ->
        val detail = requireNotNull(core.read { it.goal(it.onlyGoal()) })
        val call = detail.steps.first { it.repeat is StepRepeat.Weekdays }
        val draft = StepDraft(call.id, call.text, RepeatDraft.of(call.repeat))
        GoalScreen(detail, emptyList(), GoalDrafts(step = draft), noGoalActions)
    }

    @Test
    fun todayShowsTheDaysDue() = renderScreen("today-repeating", data = ::withRepeatingSteps) { core ->
        TodayScreen(view = requireNotNull(core.read { it.today() }), actions = nothing)
    }

    @Test
    fun addingAStepThreeTimesAWeekAndCheckingItOff() = runTallUiTest {
        emptyCore().use { test ->
            val goal = test.companion.addGoal(NewGoal("Feel stronger", null, LifeArea.HEALTH)).id
            setStegvisContent(test.core, fontScale = 2f) { StegvisApp(test.core, startRoute = Routes.goalOf(goal)) }
            onNodeWithTag("new-step").performScrollTo().performTextInput("Walk 20 minutes")
            onNodeWithTag("repeat-weekly").performScrollTo().performClick()
            onNodeWithTag("times-3").performScrollTo().performClick()
            assertAccessible()
            onNodeWithTag("add-step").performScrollTo().performClick()
            waitForIdle()
            val step = test.companion.goal(goal).steps.single()
            assertEquals(StepRepeat.TimesAWeek(3u), step.repeat)
            // One tap checks today off; the week now counts one.
            onNodeWithTag("step-${step.id}").performScrollTo().performClick()
            waitForIdle()
            assertEquals(1u, test.companion.goal(goal).steps.single().week?.done)
            onNodeWithTag("week-${step.id}").assertExists()
            // A second tap takes today back; nothing else changes.
            onNodeWithTag("step-${step.id}").performScrollTo().performClick()
            waitForIdle()
            assertEquals(0u, test.companion.goal(goal).steps.single().week?.done)
        }
    }

    @Test
    fun choosingWeekdaysAndMakingAStepOneOffAgain() = runTallUiTest {
        withRepeatingSteps(Lang.EN).use { test ->
            val goal = test.companion.onlyGoal()
            val once = test.companion.goal(goal).steps.first { it.repeat == null }
            setStegvisContent(test.core, fontScale = 2f) { StegvisApp(test.core, startRoute = Routes.goalOf(goal)) }
            onNodeWithTag("edit-${once.id}").performScrollTo().performClick()
            onNodeWithTag("edit-repeat-weekdays").performScrollTo().performClick()
            onNodeWithTag("edit-day-tue").performScrollTo().performClick()
            onNodeWithTag("edit-day-fri").performScrollTo().performClick()
            assertAccessible()
            onNodeWithTag("save-step").performScrollTo().performClick()
            waitForIdle()
            val changed = test.companion.goal(goal).steps.first { it.id == once.id }
            assertEquals(StepRepeat.Weekdays(listOf(Weekday.TUE, Weekday.FRI)), changed.repeat)
            assertEquals("Tuesdays and Fridays", changed.repeatLabel)

            onNodeWithTag("edit-${once.id}").performScrollTo().performClick()
            onNodeWithTag("edit-repeat-once").performScrollTo().performClick()
            onNodeWithTag("save-step").performScrollTo().performClick()
            waitForIdle()
            assertEquals(null, test.companion.goal(goal).steps.first { it.id == once.id }.repeat)
        }
    }

    @Test
    fun todayChecksOffARepeatingStepWithOneTap() = runTallUiTest {
        withRepeatingSteps(Lang.EN).use { test ->
            val due = test.companion
                .today()
                .sections
                .flatMap { it.items }
                .first { it.kind == TodayItemKind.STEP_DUE && it.title == "Stretch in the morning" }
            val step = requireNotNull(due.stepId)
            assertTrue(due.detail.orEmpty().contains("0 of 7 this week"))
            setStegvisContent(test.core, fontScale = 2f) { StegvisApp(test.core, startRoute = Routes.TODAY) }
            onNodeWithTag("done-$step").performScrollTo().performClick()
            waitForIdle()
            val week = test.companion.goal(test.companion.onlyGoal()).steps.first { it.id == step }.week
            assertNotNull(week)
            assertEquals(1u, week?.done)
            onNodeWithTag("done-$step").assertDoesNotExist()
        }
    }
}
