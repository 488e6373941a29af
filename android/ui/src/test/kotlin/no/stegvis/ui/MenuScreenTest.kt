package no.stegvis.ui

import androidx.compose.ui.test.ExperimentalTestApi
import androidx.compose.ui.test.onNodeWithTag
import androidx.compose.ui.test.performClick
import no.stegvis.ui.menu.MenuScreen
import no.stegvis.ui.testing.assertAccessible
import no.stegvis.ui.testing.demoCore
import no.stegvis.ui.testing.renderScreen
import no.stegvis.ui.testing.runTallUiTest
import no.stegvis.ui.testing.setStegvisContent
import org.junit.Assert.assertEquals
import org.junit.Test

@OptIn(ExperimentalTestApi::class)
class MenuScreenTest {
    @Test
    fun rendersInEveryVariant() = renderScreen("menu") { MenuScreen(onOpen = {}, onBack = {}) }

    // A tall window: with every part of the app listed, double-size text scrolls past a
    // phone's height, and controls scrolled out of view measure 0 x 0.
    @Test
    fun eachButtonOpensItsPartAndIsReadableAtDoubleText() = runTallUiTest {
        demoCore().use { test ->
            val opened = mutableListOf<String>()
            setStegvisContent(test.core, fontScale = 2f) { MenuScreen(onOpen = { opened += it }, onBack = {}) }
            assertAccessible()
            onNodeWithTag("menu-${Routes.CHECKIN}").performClick()
            assertEquals(listOf(Routes.CHECKIN), opened)
        }
    }
}
