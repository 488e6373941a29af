package no.stegvis.ui.history

import androidx.compose.ui.semantics.SemanticsProperties
import androidx.compose.ui.test.ExperimentalTestApi
import androidx.compose.ui.test.onNodeWithTag
import androidx.compose.ui.test.onNodeWithText
import androidx.compose.ui.test.performClick
import androidx.compose.ui.test.performScrollTo
import no.stegvis.core.HistoryDayPlace
import no.stegvis.core.Lang
import no.stegvis.ui.Routes
import no.stegvis.ui.testing.assertAccessible
import no.stegvis.ui.testing.demoCore
import no.stegvis.ui.testing.emptyCore
import no.stegvis.ui.testing.openApp
import no.stegvis.ui.testing.renderScreen
import no.stegvis.ui.testing.runTallUiTest
import no.stegvis.ui.testing.setStegvisContent
import org.junit.Assert.assertEquals
import org.junit.Assert.assertTrue
import org.junit.Test

/** The history calendar and a day opened, drawn and tapped over the real core's demo data. */
@OptIn(ExperimentalTestApi::class)
class HistoryScreensTest {
    @Test
    fun rendersTheMonthInEveryVariant() = renderScreen("history-month") { core ->
        HistoryScreen(requireNotNull(core.read { it.historyMonth(null) }), onMonth = {}, onDay = {}, onBack = {})
    }

    @Test
    fun rendersAnEmptyMonth() = renderScreen("history-month-empty", data = { emptyCore(it) }) { core ->
        HistoryScreen(requireNotNull(core.read { it.historyMonth(null) }), onMonth = {}, onDay = {}, onBack = {})
    }

    @Test
    fun rendersADayInEveryVariant() = renderScreen("history-day") { core ->
        HistoryDayScreen(requireNotNull(core.read { it.historyDay("2026-11-20") }), onBack = {})
    }

    @Test
    fun eachDaySaysWhatItHoldsAndOpensWithATap() = runTallUiTest {
        demoCore().use { test ->
            setStegvisContent(test.core, fontScale = 2f) {
                HistoryRoute(test.core, onDay = {}, onBack = {})
            }
            assertAccessible()
            val month = test.companion.historyMonth(null)
            onNodeWithText(month.title).assertExists()
            for (cell in month.weeks.flatMap { it.days }) {
                val node = onNodeWithTag("day-${cell.date}").fetchSemanticsNode()
                assertEquals(cell.description, node.config[SemanticsProperties.ContentDescription].single())
            }
            assertTrue("the demo has days with markers", month.weeks.flatMap { it.days }.any { it.marks.isNotEmpty() })
            // The month before, and back.
            onNodeWithTag("previous-month").performScrollTo().performClick()
            waitForIdle()
            val october = test.companion.historyMonth(month.previousMonth)
            onNodeWithText(october.title).assertExists()
            onNodeWithTag("next-month").performScrollTo().performClick()
            waitForIdle()
            onNodeWithText(month.title).assertExists()
        }
    }

    @Test
    fun aTappedDayOpensWhatHappenedAndBackReturns() = runTallUiTest {
        demoCore(Lang.NB).use { test ->
            openApp(test, Routes.HISTORY)
            val month = test.companion.historyMonth(null)
            val day = month.weeks.flatMap { it.days }
                .last { it.place == HistoryDayPlace.IN_MONTH && it.marks.isNotEmpty() }
            onNodeWithTag("day-${day.date}").performScrollTo().performClick()
            waitForIdle()
            val opened = test.companion.historyDay(day.date)
            onNodeWithText(opened.title).assertExists()
            assertTrue(opened.items.isNotEmpty())
            onNodeWithText(opened.items.first().text).assertExists()
            assertAccessible()
            onNodeWithTag("back").performClick()
            waitForIdle()
            onNodeWithText(month.title).assertExists()
        }
    }
}
