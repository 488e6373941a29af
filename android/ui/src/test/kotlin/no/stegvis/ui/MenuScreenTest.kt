package no.stegvis.ui

import androidx.compose.ui.test.onNodeWithTag
import androidx.compose.ui.test.performClick
import androidx.compose.ui.test.v2.runComposeUiTest
import no.stegvis.ui.menu.MenuScreen
import no.stegvis.ui.testing.assertAccessible
import no.stegvis.ui.testing.demoCore
import no.stegvis.ui.testing.renderScreen
import no.stegvis.ui.testing.setStegvisContent
import org.junit.Assert.assertEquals
import org.junit.Test

class MenuScreenTest {
    @Test
    fun rendersInEveryVariant() = renderScreen("menu") { MenuScreen(onOpen = {}, onBack = {}) }

    @Test
    fun eachButtonOpensItsPartAndIsReadableAtDoubleText() = runComposeUiTest {
        demoCore().use { test ->
            val opened = mutableListOf<String>()
            setStegvisContent(test.core, fontScale = 2f) { MenuScreen(onOpen = { opened += it }, onBack = {}) }
            assertAccessible()
            onNodeWithTag("menu-${Routes.CHECKIN}").performClick()
            assertEquals(listOf(Routes.CHECKIN), opened)
        }
    }
}
