package no.stegvis.ui

import androidx.compose.ui.test.assertCountEquals
import androidx.compose.ui.test.hasText
import androidx.compose.ui.test.isHeading
import androidx.compose.ui.test.onAllNodesWithTag
import androidx.compose.ui.test.onNodeWithTag
import androidx.compose.ui.test.onNodeWithText
import androidx.compose.ui.test.performClick
import no.stegvis.core.Lang
import no.stegvis.ui.testing.demoCore
import no.stegvis.ui.testing.openApp
import no.stegvis.ui.testing.runTallUiTest
import no.stegvis.ui.testing.setStegvisContent
import org.junit.Assert.assertTrue
import org.junit.Test

/** The whole app over the real core: every part opens from the menu, with a title and without a refusal. */
class AppNavigationTest {
    @Test
    fun everyPartOpensFromTheMenuAndBackReturns() = runTallUiTest {
        demoCore(Lang.NB).use { test ->
            openApp(test, Routes.MENU)
            val parts =
                listOf(
                    Routes.GOALS,
                    Routes.CHECKIN,
                    Routes.TRENDS,
                    Routes.HISTORY,
                    Routes.PLAN,
                    Routes.MEDS,
                    Routes.SETTINGS,
                    Routes.SHARING,
                )
            for (route in parts) {
                onNodeWithTag("menu-$route").performClick()
                waitForIdle()
                val headings = onAllNodes(isHeading()).fetchSemanticsNodes()
                assertTrue("$route has a title", headings.isNotEmpty())
                onAllNodesWithTag("problem").assertCountEquals(0)
                onAllNodesWithTag("back")[0].performClick()
                waitForIdle()
                onNodeWithTag("menu-$route").assertExists()
            }
            // Today is home: its Menu leads back here.
            onNodeWithTag("menu-${Routes.TODAY}").performClick()
            waitForIdle()
            onNodeWithText(test.core.strings["shell-menu"]).performClick()
            waitForIdle()
            onNodeWithTag("menu-${Routes.GOALS}").assertExists()
        }
    }

    @Test
    fun aPlaceAskedForFromOutsideOpensWhileTheAppRuns() = runTallUiTest {
        demoCore().use { test ->
            val requests = RouteRequests()
            setStegvisContent(test.core) { StegvisApp(test.core, dark = false, startRoute = Routes.TODAY, requests = requests) }
            val checkinTitle = test.companion.checkinForm(null).title
            onAllNodes(hasText(checkinTitle)).assertCountEquals(0)
            // A check-in reminder tapped while the app is open.
            requests.open(Routes.CHECKIN)
            waitForIdle()
            onAllNodes(hasText(checkinTitle)).assertCountEquals(1)
        }
    }
}
