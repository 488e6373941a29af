package no.stegvis.ui.today

import androidx.compose.ui.test.ExperimentalTestApi
import androidx.compose.ui.test.onNodeWithTag
import androidx.compose.ui.test.onNodeWithText
import androidx.compose.ui.test.performClick
import androidx.compose.ui.test.performScrollTo
import androidx.compose.ui.test.v2.runComposeUiTest
import no.stegvis.core.DoseStatus
import no.stegvis.core.TodayItem
import no.stegvis.core.TodayItemKind
import no.stegvis.core.TodaySectionKind
import no.stegvis.core.TodayView
import no.stegvis.ui.Routes
import no.stegvis.ui.testing.assertAccessible
import no.stegvis.ui.testing.demoCore
import no.stegvis.ui.testing.emptyCore
import no.stegvis.ui.testing.renderScreen
import no.stegvis.ui.testing.runTallUiTest
import no.stegvis.ui.testing.setStegvisContent
import org.junit.Assert.assertEquals
import org.junit.Assert.assertNotNull
import org.junit.Assert.assertTrue
import org.junit.Test

private const val TODAY = "2026-11-23"

private fun TodayView.first(kind: TodayItemKind): TodayItem = sections.flatMap { it.items }.first { it.kind == kind }

@OptIn(ExperimentalTestApi::class)
class TodayScreenTest {
    private val nothing = TodayActions(open = {}, completeStep = {}, logDose = { _, _ -> }, undoDose = {}, dial = {})

    @Test
    fun rendersTheDemoDayInEveryVariant() = renderScreen("today") { core ->
        TodayScreen(view = requireNotNull(core.read { it.today() }), actions = nothing)
    }

    /** The doses and steps below the plan block, which the phone-high PNGs above cut off. */
    @Test
    fun rendersTheRestOfTheDemoDay() = renderScreen("today-doses-and-steps") { core ->
        val view = requireNotNull(core.read { it.today() })
        TodayScreen(
            view = view.copy(
                sections = view.sections.filter { it.kind != TodaySectionKind.CHECKIN && it.kind != TodaySectionKind.PLAN },
                planBlock = null,
            ),
            actions = nothing,
        )
    }

    @Test
    fun rendersTheEmptyDay() = renderScreen("today-empty", data = { emptyCore(it) }) { core ->
        TodayScreen(view = requireNotNull(core.read { it.today() }), actions = nothing)
    }

    @Test
    fun everySectionOfTheCoreIsShownInItsOrderAndReadableAtDoubleText() = runTallUiTest {
        demoCore().use { test ->
            setStegvisContent(test.core, fontScale = 2f) { TodayRoute(test.core, onOpen = {}) }
            assertAccessible()
            val view = test.companion.today()
            val tops = view.sections.map { onNodeWithText(it.title).fetchSemanticsNode().boundsInRoot.top }
            assertEquals("the core's order", tops.sorted(), tops)
            assertTrue(view.sections.size >= 8)
            onNodeWithTag("plan-block").assertExists()
        }
    }

    @Test
    fun takingADoseFromTodayLogsItInTheCore() = runComposeUiTest {
        demoCore().use { test ->
            setStegvisContent(test.core) { TodayRoute(test.core, onOpen = {}) }
            val dose = test.companion.today().first(TodayItemKind.DOSE_MISSED)
            val occurrence = requireNotNull(dose.occurrenceId)
            onNodeWithTag("take-$occurrence").performScrollTo().performClick()
            waitForIdle()
            val logged = test.companion.occurrences(TODAY, TODAY).single { it.id == occurrence }
            assertEquals(DoseStatus.TAKEN, logged.status)
            // Today reloaded from the core: the dose now stands under "Taken today".
            val taken = test.companion.today().first(TodayItemKind.DOSE_TAKEN)
            assertEquals(occurrence, taken.occurrenceId)
            onNodeWithTag("undo-$occurrence").performScrollTo()
        }
    }

    @Test
    fun snoozingOffersTheCoresChoices() = runComposeUiTest {
        demoCore().use { test ->
            setStegvisContent(test.core) { TodayRoute(test.core, onOpen = {}) }
            val occurrence = requireNotNull(test.companion.today().first(TodayItemKind.DOSE_MISSED).occurrenceId)
            onNodeWithTag("snooze-$occurrence").performScrollTo().performClick()
            val choice = test.companion.today().snoozeChoices.first()
            onNodeWithText(choice.label).assertExists()
            onNodeWithTag("snooze-${choice.minutes}-$occurrence").performScrollTo().performClick()
            waitForIdle()
            val logged = test.companion.occurrences(TODAY, TODAY).single { it.id == occurrence }
            assertEquals(DoseStatus.SNOOZED, logged.status)
            assertNotNull(logged.snoozedUntil)
        }
    }

    @Test
    fun checkingOffAStepDueTodayMarksItDone() = runComposeUiTest {
        demoCore().use { test ->
            setStegvisContent(test.core) { TodayRoute(test.core, onOpen = {}) }
            val step = test.companion.today().first(TodayItemKind.STEP_DUE)
            val stepId = requireNotNull(step.stepId)
            onNodeWithTag("done-$stepId").performScrollTo().performClick()
            waitForIdle()
            val stored = test.companion.goal(requireNotNull(step.goalId)).steps.single { it.id == stepId }
            assertTrue("the step is done in the core", stored.done)
            val stillDue = test.companion.today().sections.flatMap { it.items }
                .filter { it.kind == TodayItemKind.STEP_DUE }
                .map { it.stepId }
            assertTrue("no longer due today", stepId !in stillDue)
        }
    }

    @Test
    fun itemsOpenTheirScreensAndContactsAreCalled() = runComposeUiTest {
        demoCore().use { test ->
            val opened = mutableListOf<String>()
            val dialled = mutableListOf<String>()
            val view = test.companion.today()
            setStegvisContent(test.core) {
                TodayScreen(view, nothing.copy(open = { opened += it }, dial = { dialled += it }))
            }
            onNodeWithTag("open-checkin").performScrollTo().performClick()
            onNodeWithTag("open-plan").performScrollTo().performClick()
            onNodeWithTag("menu").performClick()
            val followUp = view.first(TodayItemKind.FOLLOW_UP)
            onNodeWithTag("look-back-${followUp.problemSolvingId}").performScrollTo().performClick()
            val crisis = requireNotNull(view.planBlock).crisis.first()
            onNodeWithTag("call-${crisis.name}").performScrollTo().performClick()
            assertEquals(
                listOf(Routes.CHECKIN, Routes.PLAN, Routes.MENU, Routes.lookBackOf(requireNotNull(followUp.problemSolvingId))),
                opened,
            )
            assertEquals(listOf(requireNotNull(crisis.phone)), dialled)
        }
    }
}
