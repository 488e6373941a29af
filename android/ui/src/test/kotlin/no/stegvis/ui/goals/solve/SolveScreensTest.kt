package no.stegvis.ui.goals.solve

import androidx.compose.ui.test.assertTextContains
import androidx.compose.ui.test.onNodeWithTag
import androidx.compose.ui.test.performClick
import androidx.compose.ui.test.performScrollTo
import androidx.compose.ui.test.performTextInput
import java.time.Duration
import no.stegvis.core.LookBackOutcome
import no.stegvis.core.ProblemSolving
import no.stegvis.core.StegvisCompanion
import no.stegvis.ui.AppCore
import no.stegvis.ui.Routes
import no.stegvis.ui.StegvisApp
import no.stegvis.ui.goals.activeGoalWithOpenStep
import no.stegvis.ui.goals.goalWithPlan
import no.stegvis.ui.testing.DEMO_NOW
import no.stegvis.ui.testing.assertAccessible
import no.stegvis.ui.testing.demoCore
import no.stegvis.ui.testing.renderScreen
import no.stegvis.ui.testing.runTallUiTest
import no.stegvis.ui.testing.setStegvisContent
import org.junit.Assert.assertEquals
import org.junit.Assert.assertNull
import org.junit.Test

private val noSolveActions = SolveActions({}, {}, {}, {}, {})
private val noLookBackActions = LookBackActions({}, {}, {}, {}, {}, {})

/** Two ideas as a person might write them. */
private val DRAFT =
    SolveDraft(
        problem = "I forget to ask her",
        ideas = listOf(IdeaDraft("Put a note on the fridge", good = "I see it every day"), IdeaDraft("Ask at Sunday dinner")),
        chosen = 1,
        firstAction = "Write the note tonight",
    )

private fun questions(core: AppCore, draft: SolveDraft = DRAFT): SolveQuestions {
    val c = core.companion
    return SolveQuestions(c.solvePrompts(), draft.ideas.associate { it.text to c.solveWeighPrompts(it.text) }, c.followUpChoices())
}

/** The demo's plan, made for the stuck coffee step and due to be looked back at today. */
private fun StegvisCompanion.demoPlan(): ProblemSolving = goalWithPlan()
    .steps
    .first { it.plans.isNotEmpty() }
    .plans
    .last()

private fun lookBackView(core: AppCore): LookBackView {
    val c = core.companion
    return LookBackView(c.demoPlan(), c.lookBackPrompts(), c.solvePrompts(), c.followUpChoices())
}

class SolveScreensTest {
    @Test
    fun eachQuestionRendersFromTheCoresWords() {
        val pages =
            mapOf(
                "solve-problem" to SolvePage.Problem,
                "solve-ideas" to SolvePage.Ideas,
                "solve-weigh" to SolvePage.Good(0),
                "solve-choose" to SolvePage.Choose,
                "solve-day" to SolvePage.Day,
            )
        for ((name, page) in pages) {
            renderScreen(name) { core -> SolveScreen(questions(core), DRAFT, page, noSolveActions) }
        }
    }

    @Test
    fun theLookBackRenders() {
        renderScreen("look-back") { core -> LookBackScreen(lookBackView(core), LookBackDraft(), LookBackPage.OUTCOME, noLookBackActions) }
        renderScreen("look-back-next") { core ->
            val view = lookBackView(core)
            val answered = view.plan.copy(outcome = LookBackOutcome.NOT_YET, outcomeLabel = view.prompts.outcomeLabels.last())
            LookBackScreen(view.copy(plan = answered), LookBackDraft(), LookBackPage.NEXT, noLookBackActions)
        }
    }

    @Test
    fun aStuckStepIsWorkedThroughAndThePlanIsSaved() = runTallUiTest {
        demoCore().use { test ->
            // Ten days on, the open steps have not moved: they count as stuck.
            test.clock.instant = DEMO_NOW.plus(Duration.ofDays(10))
            val detail = test.companion.activeGoalWithOpenStep()
            val step = detail.steps.first { !it.done }
            val before = test.companion.problemSolvingForStep(step.id).size
            setStegvisContent(test.core, fontScale = 2f) { StegvisApp(test.core, startRoute = Routes.goalOf(detail.goal.id)) }
            onNodeWithTag("solve-${step.id}").performScrollTo().performClick()

            answer("solve-problem", "It rains a lot")
            assertAccessible()
            next()
            onNodeWithTag("solve-idea").performTextInput("Walk with an umbrella")
            onNodeWithTag("solve-add-idea").performScrollTo().performClick()
            // The second idea is still in the field when the person goes on: it is kept.
            onNodeWithTag("solve-idea").performTextInput("Walk in the shopping centre")
            assertAccessible()
            next()
            answer("solve-good", "Fresh air")
            assertAccessible()
            next()
            answer("solve-hard", "Wet shoes")
            next()
            next() // nothing good written for the second idea: fine
            answer("solve-hard", "It is far")
            next()
            // Back two questions: the answers are still there.
            onNodeWithTag("back").performClick()
            onNodeWithTag("solve-hard").assertTextContains("It is far")
            onNodeWithTag("back").performClick()
            onNodeWithTag("back").performClick()
            onNodeWithTag("solve-hard").assertTextContains("Wet shoes")
            repeat(3) { next() }
            onNodeWithTag("choose-1").performScrollTo().performClick()
            assertAccessible()
            next()
            answer("solve-action", "Find the umbrella")
            next()
            onNodeWithTag("day-2").performScrollTo().performClick()
            assertAccessible()
            onNodeWithTag("solve-save").performScrollTo().performClick()
            waitForIdle()
            assertAccessible()

            val plans = test.companion.problemSolvingForStep(step.id)
            assertEquals(before + 1, plans.size)
            val plan = plans.last()
            assertEquals("It rains a lot", plan.problem)
            assertEquals(listOf("Walk with an umbrella", "Walk in the shopping centre"), plan.options.map { it.text })
            assertEquals("Fresh air", plan.options[0].pros)
            assertEquals("Wet shoes", plan.options[0].cons)
            assertNull(plan.options[1].pros)
            assertEquals("It is far", plan.options[1].cons)
            assertEquals(2u, plan.chosen)
            assertEquals("Find the umbrella", plan.firstAction)
            assertEquals(test.companion.followUpChoices()[2].date, plan.followUpDate)
            onNodeWithTag("solve-done").performScrollTo().performClick()
        }
    }

    @Test
    fun lookingBackThenTryingTheNextIdea() = runTallUiTest {
        demoCore().use { test ->
            val plan = test.companion.demoPlan()
            setStegvisContent(test.core, fontScale = 2f) { StegvisApp(test.core, startRoute = Routes.lookBackOf(plan.id)) }
            assertAccessible()
            onNodeWithTag("outcome-${LookBackOutcome.NOT_YET.name}").performScrollTo().performClick()
            onNodeWithTag("look-back-next").performScrollTo().performClick()
            onNodeWithTag("look-back-note").performTextInput("She was busy that week")
            assertAccessible()
            onNodeWithTag("look-back-save").performScrollTo().performClick()
            waitForIdle()
            val answered = test.companion.problemSolving(plan.id)
            assertEquals(LookBackOutcome.NOT_YET, answered.outcome)
            assertEquals("She was busy that week", answered.lookBackNote)

            assertAccessible()
            onNodeWithTag("try-next").performScrollTo().performClick()
            onNodeWithTag("next-action").performTextInput("Call her on Sunday")
            onNodeWithTag("look-back-next").performScrollTo().performClick()
            onNodeWithTag("day-1").performScrollTo().performClick()
            onNodeWithTag("look-back-save").performScrollTo().performClick()
            waitForIdle()
            val next = test.companion.problemSolvingForStep(plan.stepId).last()
            assertEquals(plan.id, next.continues)
            assertEquals(plan.nextOption, next.chosen)
            assertEquals("Call her on Sunday", next.firstAction)
            assertEquals(test.companion.followUpChoices()[1].date, next.followUpDate)
            assertAccessible()
        }
    }

    private fun androidx.compose.ui.test.ComposeUiTest.answer(tag: String, words: String) {
        onNodeWithTag(tag).performScrollTo().performTextInput(words)
    }

    private fun androidx.compose.ui.test.ComposeUiTest.next() {
        onNodeWithTag("solve-next").performScrollTo().performClick()
    }
}
