package no.stegvis.ui.firstrun

import androidx.compose.ui.test.onNodeWithTag
import androidx.compose.ui.test.performClick
import androidx.compose.ui.test.performScrollTo
import androidx.compose.ui.test.performTextClearance
import androidx.compose.ui.test.performTextInput
import androidx.compose.ui.test.performTextReplacement
import no.stegvis.core.GoalFilter
import no.stegvis.core.LifeArea
import no.stegvis.ui.AppCore
import no.stegvis.ui.StegvisApp
import no.stegvis.ui.goals.GoalDraft
import no.stegvis.ui.testing.assertAccessible
import no.stegvis.ui.testing.demoCore
import no.stegvis.ui.testing.emptyCore
import no.stegvis.ui.testing.renderScreen
import no.stegvis.ui.testing.runTallUiTest
import no.stegvis.ui.testing.setStegvisContent
import org.junit.Assert.assertEquals
import org.junit.Assert.assertFalse
import org.junit.Assert.assertTrue
import org.junit.Test

private val noActions = FirstRunActions({}, {}, {}, {})

private fun firstRunView(core: AppCore): FirstRunView {
    val c = core.companion
    val catalog = c.signCatalog()
    return FirstRunView(
        areas = c.lifeAreas(),
        catalog = catalog,
        goal = GoalDraft("Walk outside most days", "", LifeArea.HEALTH),
        signs = setOf(catalog[0].key, catalog[2].key),
        checkinTime = c.reminderSettings().checkinTime.orEmpty(),
    )
}

class FirstRunTest {
    @Test
    fun eachPartRendersOnAnEmptyPhone() {
        for (page in FirstRunPage.entries) {
            renderScreen("firstrun-${page.name.lowercase()}", data = { emptyCore(it) }) { core ->
                FirstRunScreen(firstRunView(core), page, noActions)
            }
        }
    }

    @Test
    fun theFirstRunLeadsToAGoalSignsAndACheckinTimeThenToday() = runTallUiTest {
        emptyCore().use { test ->
            val catalog = test.companion.signCatalog()
            // No start route: the core says this is the first run.
            setStegvisContent(test.core, fontScale = 2f) { StegvisApp(test.core) }
            assertAccessible()
            onNodeWithTag("firstrun-next").performScrollTo().performClick()

            onNodeWithTag("goal-text").performTextInput("Walk outside most days")
            onNodeWithTag("area-health").performScrollTo().performClick()
            assertAccessible()
            onNodeWithTag("firstrun-next").performScrollTo().performClick()
            waitForIdle()
            val goal = test.companion.listGoals(GoalFilter.ALL).single()
            assertEquals("Walk outside most days", goal.text)
            assertEquals(LifeArea.HEALTH, goal.area)

            onNodeWithTag("sign-${catalog[0].key}").performScrollTo().performClick()
            onNodeWithTag("sign-${catalog[3].key}").performScrollTo().performClick()
            assertAccessible()
            onNodeWithTag("firstrun-next").performScrollTo().performClick()
            waitForIdle()
            assertEquals(
                setOf(catalog[0].key, catalog[3].key),
                test.companion
                    .listSigns(false)
                    .map { it.catalogKey }
                    .toSet(),
            )

            onNodeWithTag("checkin-time").performTextClearance()
            onNodeWithTag("checkin-time").performTextInput("21:30")
            assertAccessible()
            onNodeWithTag("firstrun-next").performScrollTo().performClick()
            waitForIdle()
            assertEquals("21:30", test.companion.reminderSettings().checkinTime)
            assertFalse(test.companion.isFirstRun())
            // Today now, with nothing behind it: the welcome is gone.
            onNodeWithTag("firstrun-next").assertDoesNotExist()
        }
    }

    @Test
    fun everyPartCanBeSkippedAndNothingIsSaved() = runTallUiTest {
        emptyCore().use { test ->
            setStegvisContent(test.core, fontScale = 2f) { StegvisApp(test.core) }
            onNodeWithTag("firstrun-next").performScrollTo().performClick()
            repeat(3) {
                onNodeWithTag("firstrun-skip").performScrollTo().performClick()
                waitForIdle()
            }
            onNodeWithTag("firstrun-skip").assertDoesNotExist()
            assertTrue(test.companion.listGoals(GoalFilter.ALL).isEmpty())
            assertTrue(test.companion.listSigns(true).isEmpty())
            assertTrue(test.companion.isFirstRun())
        }
    }

    @Test
    fun goingBackChangesTheSavedGoalRatherThanAddingAnother() = runTallUiTest {
        emptyCore().use { test ->
            setStegvisContent(test.core) { StegvisApp(test.core) }
            onNodeWithTag("firstrun-next").performScrollTo().performClick()
            onNodeWithTag("goal-text").performTextInput("Walk")
            onNodeWithTag("firstrun-next").performScrollTo().performClick()
            onNodeWithTag("back").performClick()
            onNodeWithTag("goal-text").performTextReplacement("Walk every day")
            onNodeWithTag("firstrun-next").performScrollTo().performClick()
            waitForIdle()
            assertEquals(listOf("Walk every day"), test.companion.listGoals(GoalFilter.ALL).map { it.text })
        }
    }

    @Test
    fun afterTheFirstRunTheAppOpensAtToday() = runTallUiTest {
        demoCore().use { test ->
            setStegvisContent(test.core) { StegvisApp(test.core) }
            onNodeWithTag("firstrun-next").assertDoesNotExist()
        }
    }
}
