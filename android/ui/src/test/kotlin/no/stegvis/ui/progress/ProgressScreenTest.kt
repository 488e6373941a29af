package no.stegvis.ui.progress

import androidx.compose.ui.semantics.SemanticsProperties
import androidx.compose.ui.test.ExperimentalTestApi
import androidx.compose.ui.test.assertIsOff
import androidx.compose.ui.test.assertIsOn
import androidx.compose.ui.test.onAllNodesWithTag
import androidx.compose.ui.test.onNodeWithTag
import androidx.compose.ui.test.performClick
import androidx.compose.ui.test.performScrollTo
import no.stegvis.core.ReportSection
import no.stegvis.core.ScalePoint
import no.stegvis.core.ScaleSummary
import no.stegvis.core.ScaleTopicName
import no.stegvis.ui.testing.assertAccessible
import no.stegvis.ui.testing.demoCore
import no.stegvis.ui.testing.emptyCore
import no.stegvis.ui.testing.renderScreen
import no.stegvis.ui.testing.runTallUiTest
import no.stegvis.ui.testing.setStegvisContent
import org.junit.Assert.assertEquals
import org.junit.Assert.assertTrue
import org.junit.Test

private val ALL = ReportSection.entries.toSet()

@OptIn(ExperimentalTestApi::class)
class ProgressScreenTest {
    @Test
    fun rendersTheDemoSummaryInEveryVariant() = renderScreen("progress") { core ->
        ProgressScreen(requireNotNull(core.read { it.progressSummary(null, null, listOf()) }), ALL, onToggle = {}, onBack = {})
    }

    @Test
    fun rendersWithNothingLoggedYet() = renderScreen("progress-empty", data = { emptyCore(it) }) { core ->
        ProgressScreen(requireNotNull(core.read { it.progressSummary(null, null, listOf()) }), ALL, onToggle = {}, onBack = {})
    }

    /**
     * The scale's ratings cannot be read from the core on this branch yet: this render
     * gives the demo summary a scale part made here, to lay out the scale chart.
     */
    @Test
    fun rendersAScaleChart() = renderScreen("progress-scale") { core ->
        val summary = requireNotNull(core.read { it.progressSummary(null, null, listOf(ReportSection.SCALE)) })
        val topics = listOf(ScaleTopicName("knowledge", "Knowledge"))
        val points = listOf(40u, 46u, 52u).mapIndexed { i, total ->
            ScalePoint(
                date = "2026-0${6 + i * 2}-01",
                label = "1.${6 + i * 2}.2026",
                items = listOf(3u.toUByte()),
                total = total,
                answered = 15u,
            )
        }
        ProgressScreen(summary.copy(scale = ScaleSummary(topics, points)), setOf(ReportSection.SCALE), onToggle = {}, onBack = {})
    }

    @Test
    fun chartsSayTheirNumbersAndSectionsCanBeChosen() = runTallUiTest {
        demoCore().use { test ->
            setStegvisContent(test.core, fontScale = 2f) { ProgressRoute(test.core, onBack = {}) }
            assertAccessible()
            val summary = test.companion.progressSummary(null, null, listOf())
            val signs = requireNotNull(summary.signs)
            val described = onAllNodesWithTag("chart-sign", useUnmergedTree = true).fetchSemanticsNodes()
                .map { it.config[SemanticsProperties.ContentDescription].single() }
            assertEquals(signs.signs.size, described.size)
            signs.signs.zip(described).forEach { (sign, words) ->
                assertTrue(words, words.startsWith(sign.name))
                assertTrue(words, words.contains(signs.weeks.last().label))
            }
            val meds = requireNotNull(summary.medicines)
            val bars = onAllNodesWithTag("chart-adherence", useUnmergedTree = true).fetchSemanticsNodes()
            assertEquals(1 + meds.medicines.size, bars.size)
            val last = meds.months.last()
            val overall = bars.first().config[SemanticsProperties.ContentDescription].single()
            assertTrue(overall, overall.contains(last.label))

            onNodeWithTag("section-medicines").performScrollTo().assertIsOn().performClick()
            waitForIdle()
            onNodeWithTag("section-medicines").assertIsOff()
            assertEquals(0, onAllNodesWithTag("chart-adherence", useUnmergedTree = true).fetchSemanticsNodes().size)
            assertEquals(signs.signs.size, onAllNodesWithTag("chart-sign", useUnmergedTree = true).fetchSemanticsNodes().size)
        }
    }
}
