package no.stegvis.ui.plan

import androidx.compose.ui.test.onNodeWithTag
import androidx.compose.ui.test.performClick
import androidx.compose.ui.test.performScrollTo
import androidx.compose.ui.test.performTextInput
import androidx.compose.ui.test.v2.runComposeUiTest
import no.stegvis.core.PlanSection
import no.stegvis.ui.RecordingPlatform
import no.stegvis.ui.Routes
import no.stegvis.ui.testing.assertAccessible
import no.stegvis.ui.testing.demoCore
import no.stegvis.ui.testing.openApp
import no.stegvis.ui.testing.renderScreen
import no.stegvis.ui.testing.runTallUiTest
import org.junit.Assert.assertEquals
import org.junit.Assert.assertTrue
import org.junit.Test

class PlanScreensTest {
    private val noActions = PlanActions(change = {}, history = {}, call = {})
    private val noEdits = PlanEditActions(add = {}, replace = { _, _ -> true }, remove = {}, move = { _, _ -> })

    @Test
    fun thePlanRendersInEveryVariant() = renderScreen("plan") { core ->
        PlanScreen(core.companion.planView(), readOnly = null, actions = noActions, onBack = {})
    }

    @Test
    fun thePlanStaysReadableWhenWritesAreRefused() = renderScreen("plan-read-only") { core ->
        val sentence = core.companion.describeError(no.stegvis.core.StegvisException.DatabaseDamaged())
        PlanScreen(core.companion.planView(), readOnly = sentence, actions = noActions, onBack = {})
    }

    @Test
    fun aSectionToChangeRendersInEveryVariant() = renderScreen("plan-edit-contacts") { core ->
        val section = core.companion.planView().sections.first { it.section == PlanSection.CONTACTS }
        PlanEditScreen(PlanEditView(section, core.companion.listSigns(false), readOnly = null), noEdits, onBack = {})
    }

    @Test
    fun theHistoryRendersInEveryVariant() = renderScreen("plan-history") { core ->
        PlanHistoryScreen(core.companion.planHistory(), opened = null, onOpen = {}, onBack = {})
    }

    @Test
    fun anEarlierVersionRendersInEveryVariant() = renderScreen("plan-version") { core ->
        val opened = core.companion.planVersion(core.companion.planHistory().last().version)
        PlanHistoryScreen(core.companion.planHistory(), opened = opened, onOpen = {}, onBack = {})
    }

    @Test
    fun editingThePlanAddsAnEntryAsANewVersion() = runComposeUiTest {
        demoCore().use { test ->
            val before = test.companion.planView()
            openApp(test, Routes.PLAN)
            onNodeWithTag("plan-change-triggers").performScrollTo().performClick()
            onNodeWithTag("plan-new-text").performScrollTo().performTextInput("Loud parties late at night")
            onNodeWithTag("plan-new-save").performScrollTo().performClick()
            waitForIdle()
            val after = test.companion.planView()
            assertEquals(before.version + 1u, after.version)
            assertEquals("Loud parties late at night", test.companion.plan().triggers.last().text)
            assertEquals(before.version + 1u, test.companion.planHistory().first().version)
        }
    }

    @Test
    fun anEntryMovesUpAndIsRemovedInTheCore() = runComposeUiTest {
        demoCore().use { test ->
            val actions = test.companion.plan().actions.map { it.text }
            openApp(test, Routes.planEditOf("actions"))
            onNodeWithTag("plan-entry-2-up").performScrollTo().performClick()
            waitForIdle()
            assertEquals(actions.reversed(), test.companion.plan().actions.map { it.text })
            onNodeWithTag("plan-entry-1-remove").performScrollTo().performClick()
            waitForIdle()
            assertEquals(listOf(actions.first()), test.companion.plan().actions.map { it.text })
        }
    }

    @Test
    fun oneTapCallsAContact() = runComposeUiTest {
        demoCore().use { test ->
            val platform = RecordingPlatform()
            val contact = test.companion.plan().contacts.first()
            openApp(test, Routes.PLAN, platform)
            onNodeWithTag("plan-call-1").performScrollTo().performClick()
            // The number the core picked out of the words, never the words themselves.
            val phone = test.companion.planView().sections.first { it.section == PlanSection.CONTACTS }.items.first().phone
            assertEquals(listOf("dial $phone"), platform.asked)
            assertTrue(phone != null && phone != contact.reach && phone.all(Char::isDigit))
        }
    }

    @Test
    fun anEarlierVersionOpensInFull() = runComposeUiTest {
        demoCore().use { test ->
            val first = test.companion.planHistory().last()
            openApp(test, Routes.PLAN_HISTORY)
            onNodeWithTag("plan-open-${first.version}").performScrollTo().performClick()
            onNodeWithTag("plan-version-label").assertExists()
            assertTrue(first.savedLabel.isNotBlank())
        }
    }

    @Test
    fun everyPlanScreenIsReadableAtDoubleText() = runTallUiTest {
        demoCore().use { test ->
            for (route in listOf(
                Routes.PLAN,
                Routes.planEditOf("contacts"),
                Routes.planEditOf("signs"),
                Routes.PLAN_HISTORY,
            )) {
                openApp(test, route, fontScale = 2f)
                assertAccessible()
            }
        }
    }
}
