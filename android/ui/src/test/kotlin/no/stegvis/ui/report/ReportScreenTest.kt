package no.stegvis.ui.report

import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.setValue
import androidx.compose.ui.test.ExperimentalTestApi
import androidx.compose.ui.test.assertIsOff
import androidx.compose.ui.test.assertIsOn
import androidx.compose.ui.test.assertIsSelected
import androidx.compose.ui.test.onAllNodesWithTag
import androidx.compose.ui.test.onNodeWithTag
import androidx.compose.ui.test.performClick
import androidx.compose.ui.test.performScrollTo
import java.io.File
import no.stegvis.core.Lang
import no.stegvis.core.ReportPeriodChoice
import no.stegvis.core.ReportSection
import no.stegvis.ui.AppCore
import no.stegvis.ui.RecordingPlatform
import no.stegvis.ui.Routes
import no.stegvis.ui.testing.ALL_VARIANTS
import no.stegvis.ui.testing.Variant
import no.stegvis.ui.testing.assertAccessible
import no.stegvis.ui.testing.demoCore
import no.stegvis.ui.testing.openApp
import no.stegvis.ui.testing.renderScreen
import no.stegvis.ui.testing.runTallUiTest
import no.stegvis.ui.testing.setStegvisContent
import org.junit.Assert.assertEquals
import org.junit.Assert.assertFalse
import org.junit.Assert.assertTrue
import org.junit.Test

/** en and nb in every variant, and Swedish and Danish once each: the texts exist in all four. */
private val VARIANTS = ALL_VARIANTS + listOf(Variant(Lang.SV, false, 1f), Variant(Lang.DA, true, 2f))

private fun choices(core: AppCore): List<ReportPeriodChoice> = requireNotNull(core.read { it.reportPeriodChoices() })

private fun viewOf(
    core: AppCore,
    sections: Set<ReportSection> = ReportSection.entries.toSet(),
    made: String? = null,
    canOpen: Boolean = true,
): ReportView {
    val periods = choices(core)
    return ReportView(periods, periods.single { it.preselected }, sections, made = made, canOpen = canOpen)
}

@OptIn(ExperimentalTestApi::class)
class ReportScreenTest {
    @Test
    fun rendersTheChoicesInEveryVariant() = renderScreen("report", VARIANTS) { core ->
        ReportScreen(viewOf(core), ReportActions(), onBack = {})
    }

    @Test
    fun rendersNoneChosen() = renderScreen("report-none-chosen", VARIANTS) { core ->
        ReportScreen(viewOf(core, sections = emptySet()), ReportActions(), onBack = {})
    }

    @Test
    fun rendersAMadeReportWithAndWithoutAViewer() {
        renderScreen("report-made", VARIANTS) { core -> ReportScreen(viewOf(core, made = "report.pdf"), ReportActions(), onBack = {}) }
        renderScreen("report-made-no-viewer", VARIANTS) { core ->
            ReportScreen(viewOf(core, made = "report.pdf", canOpen = false), ReportActions(), onBack = {})
        }
    }

    @Test
    fun sectionsToggleNoneChosenSaysSoAndMakeGetsTheChosenOnes() = runTallUiTest {
        demoCore().use { test ->
            var view by mutableStateOf(viewOf(test.core))
            val made = mutableListOf<Pair<List<ReportSection>, Int>>()
            val actions = ReportActions(
                toggle = { s -> view = view.copy(sections = if (s in view.sections) view.sections - s else view.sections + s) },
                choosePeriod = { view = view.copy(period = it) },
                make = { sections, period -> made += sections to period.months.toInt() },
            )
            setStegvisContent(test.core, fontScale = 2f) { ReportScreen(view, actions, onBack = {}) }
            assertAccessible()
            onNodeWithTag("report-privacy").performScrollTo()
            ReportSection.entries.forEach { onNodeWithTag("report-section-${it.name.lowercase()}").performScrollTo().assertIsOn() }
            assertEquals(0, onAllNodesWithTag("report-none-chosen").fetchSemanticsNodes().size)

            ReportSection.entries.forEach { onNodeWithTag("report-section-${it.name.lowercase()}").performScrollTo().performClick() }
            onNodeWithTag("report-section-goals").assertIsOff()
            onNodeWithTag("report-none-chosen").performScrollTo()
            assertAccessible()
            onNodeWithTag("report-make").performScrollTo().performClick()
            assertEquals(emptyList<Pair<List<ReportSection>, Int>>(), made)

            onNodeWithTag("report-section-scale").performScrollTo().performClick()
            onNodeWithTag("report-section-signs").performScrollTo().performClick()
            assertEquals(0, onAllNodesWithTag("report-none-chosen").fetchSemanticsNodes().size)
            onNodeWithTag("report-period-12").performScrollTo().performClick().assertIsSelected()
            onNodeWithTag("report-make").performScrollTo().performClick()
            assertEquals(listOf(listOf(ReportSection.SIGNS, ReportSection.SCALE) to 12), made)
        }
    }

    @Test
    fun makeDrawsTheRealPdfThenShareAndOpenHandItToTheDevice() = runTallUiTest {
        demoCore().use { test ->
            val platform = RecordingPlatform()
            openApp(test, Routes.PROGRESS, platform)
            onNodeWithTag("progress-report").performScrollTo().performClick()
            onNodeWithTag("report-section-medicines").performScrollTo().performClick()
            onNodeWithTag("report-period-3").performScrollTo().performClick()
            onNodeWithTag("report-make").performScrollTo().performClick()
            waitUntil(timeoutMillis = 60_000) { onAllNodesWithTag("report-ready").fetchSemanticsNodes().isNotEmpty() }
            assertAccessible()
            val period = choices(test.core).single { it.months == 3u }
            val kept = platform.asked.single { it.startsWith("keepReport") }
            assertEquals("keepReport stegvis-report-${period.to}.pdf", kept)
            val file = File(platform.reports.folder, "stegvis-report-${period.to}.pdf")
            val bytes = file.readBytes()
            assertTrue(String(bytes, 0, 5, Charsets.US_ASCII) == "%PDF-")
            // The same report the core makes for those choices, medicines left out.
            val sections = ReportSection.entries - ReportSection.MEDICINES
            val expected = test.companion.reportPdf(period.from, period.to, sections)
            assertEquals(expected.size, bytes.size)

            onNodeWithTag("report-share").performScrollTo().performClick()
            onNodeWithTag("report-open").performScrollTo().performClick()
            assertEquals(listOf("sharePdf ${file.path}", "openPdf ${file.path}"), platform.asked.drop(1))

            // Made again: the one before is gone, only the new one is kept.
            onNodeWithTag("report-make").performScrollTo().performClick()
            waitUntil(timeoutMillis = 60_000) { onAllNodesWithTag("report-ready").fetchSemanticsNodes().isNotEmpty() }
            assertEquals(listOf(file.name), platform.reports.folder.list()!!.toList())
        }
    }

    @Test
    fun withoutAViewerThereIsNoOpen() = runTallUiTest {
        demoCore().use { test ->
            val platform = RecordingPlatform().apply { reports.viewer = false }
            openApp(test, Routes.REPORT, platform)
            onNodeWithTag("report-make").performScrollTo().performClick()
            waitUntil(timeoutMillis = 60_000) { onAllNodesWithTag("report-ready").fetchSemanticsNodes().isNotEmpty() }
            assertEquals(0, onAllNodesWithTag("report-open").fetchSemanticsNodes().size)
            assertFalse(platform.asked.any { it.startsWith("openPdf") })
        }
    }
}
