package no.stegvis.ui.trends

import androidx.compose.ui.semantics.SemanticsProperties
import androidx.compose.ui.test.ExperimentalTestApi
import androidx.compose.ui.test.assertIsSelected
import androidx.compose.ui.test.onAllNodesWithTag
import androidx.compose.ui.test.onAllNodesWithText
import androidx.compose.ui.test.onNodeWithTag
import androidx.compose.ui.test.onNodeWithText
import androidx.compose.ui.test.performClick
import androidx.compose.ui.test.performScrollTo
import no.stegvis.ui.testing.assertAccessible
import no.stegvis.ui.testing.demoCore
import no.stegvis.ui.testing.emptyCore
import no.stegvis.ui.testing.renderScreen
import no.stegvis.ui.testing.runTallUiTest
import no.stegvis.ui.testing.setStegvisContent
import org.junit.Assert.assertEquals
import org.junit.Test

@OptIn(ExperimentalTestApi::class)
class TrendsScreenTest {
    @Test
    fun rendersFourWeeksInEveryVariant() = renderScreen("trends") { core ->
        TrendsScreen(requireNotNull(core.read { it.trend(4u) }), onWeeks = {}, onBack = {})
    }

    @Test
    fun rendersTwelveWeeksWithGaps() = renderScreen("trends-12-weeks") { core ->
        TrendsScreen(requireNotNull(core.read { it.trend(12u) }), onWeeks = {}, onBack = {})
    }

    @Test
    fun rendersWithNoCheckInsYet() = renderScreen("trends-empty", data = { emptyCore(it) }) { core ->
        TrendsScreen(requireNotNull(core.read { it.trend(4u) }), onWeeks = {}, onBack = {})
    }

    @Test
    fun eachChartSaysWhatItShowsAndThePeriodCanBeChosen() = runTallUiTest {
        demoCore().use { test ->
            setStegvisContent(test.core, fontScale = 2f) { TrendsRoute(test.core, onBack = {}) }
            assertAccessible()
            val four = test.companion.trend(4u)
            val charts = onAllNodesWithTag("chart").fetchSemanticsNodes()
            assertEquals(
                four.perSign.map { it.description },
                charts.map { it.config[SemanticsProperties.ContentDescription].single() },
            )
            onNodeWithText(four.summary).performScrollTo()
            onNodeWithTag("weeks-4").assertIsSelected()
            onNodeWithTag("weeks-12").performScrollTo().performClick()
            waitForIdle()
            onNodeWithTag("weeks-12").assertIsSelected()
            val twelve = test.companion.trend(12u)
            onNodeWithText(twelve.periodLabel).assertExists()
            val firstDay = onAllNodesWithText(twelve.perDay.first().label).fetchSemanticsNodes()
            assertEquals("the first day under every chart", twelve.perSign.size, firstDay.size)
        }
    }
}
