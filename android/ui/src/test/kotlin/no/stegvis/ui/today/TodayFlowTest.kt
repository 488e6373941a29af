package no.stegvis.ui.today

import androidx.compose.ui.test.ExperimentalTestApi
import androidx.compose.ui.test.onNodeWithTag
import androidx.compose.ui.test.performClick
import androidx.compose.ui.test.performScrollTo
import androidx.compose.ui.test.v2.runComposeUiTest
import no.stegvis.core.TodayItemKind
import no.stegvis.ui.RecordingPlatform
import no.stegvis.ui.StegvisApp
import no.stegvis.ui.testing.demoCore
import org.junit.Assert.assertEquals
import org.junit.Assert.assertTrue
import org.junit.Test

/** The whole app from its first screen: Today leads to the check-in and back, and calls through the device. */
@OptIn(ExperimentalTestApi::class)
class TodayFlowTest {
    @Test
    fun fromTodayToTheCheckInAndBackWithItDone() = runComposeUiTest {
        demoCore().use { test ->
            val platform = RecordingPlatform()
            setContent { StegvisApp(test.core, dark = false, platform = platform) }
            val crisis = requireNotNull(test.companion.today().planBlock).crisis.first()
            onNodeWithTag("call-${crisis.name}").performScrollTo().performClick()
            assertEquals(listOf("dial ${crisis.phone}"), platform.asked)

            onNodeWithTag("open-checkin").performScrollTo().performClick()
            waitForIdle()
            val sign = test.companion.checkinForm(null).signs.first().signId
            onNodeWithTag("rate-$sign-1").performScrollTo().performClick()
            onNodeWithTag("save").performScrollTo().performClick()
            waitForIdle()

            // Back on Today, reloaded from the core: the check-in is no longer asked for.
            onNodeWithTag("menu").assertExists()
            onNodeWithTag("open-checkin").assertDoesNotExist()
            val kinds = test.companion.today().sections.flatMap { it.items }.map { it.kind }
            assertTrue(TodayItemKind.CHECKIN_DUE !in kinds)
            assertEquals(1, test.companion.checkin("2026-11-23")?.ratings?.single()?.value?.toInt())
        }
    }
}
