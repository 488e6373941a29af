package no.stegvis.ui.scale

import androidx.compose.ui.test.ExperimentalTestApi
import androidx.compose.ui.test.assertIsSelected
import androidx.compose.ui.test.assertTextEquals
import androidx.compose.ui.test.onNodeWithTag
import androidx.compose.ui.test.onNodeWithText
import androidx.compose.ui.test.performClick
import androidx.compose.ui.test.performScrollTo
import no.stegvis.core.Lang
import no.stegvis.core.ScaleAnswer
import no.stegvis.core.ScaleInterval
import no.stegvis.ui.Routes
import no.stegvis.ui.testing.TestCore
import no.stegvis.ui.testing.assertAccessible
import no.stegvis.ui.testing.demoCore
import no.stegvis.ui.testing.openApp
import no.stegvis.ui.testing.renderScreen
import no.stegvis.ui.testing.runTallUiTest
import no.stegvis.ui.testing.setStegvisContent
import org.junit.Assert.assertEquals
import org.junit.Assert.assertFalse
import org.junit.Assert.assertNull
import org.junit.Assert.assertTrue
import org.junit.Test

/** The demo data with two earlier ratings (the second with two topics skipped) and a module started. */
fun scaleCore(lang: Lang = Lang.EN): TestCore = demoCore(lang).also { test ->
    val c = test.companion
    val keys = c.scaleTopics().topics.map { it.key }
    val first = listOf(2, 3, 2, 1, 2, 2, 1, 3, 4, 2, 1, 3, 5, 5, 2)
    c.scaleRate("2026-05-20", keys.zip(first).map { (k, v) -> ScaleAnswer(k, v.toUInt()) })
    val second = listOf(3, 3, 3, 2, 3, 3, 3, 4, 5, 3, 2, 4, 5, 5, 3)
    c.scaleRate(
        "2026-08-20",
        keys.zip(second).filter {
            it.first != "alcohol" && it.first != "drugs"
        }.map { (k, v) -> ScaleAnswer(k, v.toUInt()) },
    )
    c.moduleStart("recovery-strategies", "2026-05-01")
}

@OptIn(ExperimentalTestApi::class)
class ScaleScreensTest {
    @Test
    fun rendersTheThirdTopicInEveryVariant() = renderScreen("scale-topic", data = { scaleCore(it) }) { core ->
        val form = requireNotNull(core.read { it.scaleTopics() })
        ScaleScreen(form, index = 2, chosen = 4u, onAnswer = {}, onSkip = {}, onBack = {}, onSave = {})
    }

    @Test
    fun rendersTheSaveScreen() = renderScreen("scale-save", data = { scaleCore(it) }) { core ->
        val form = requireNotNull(core.read { it.scaleTopics() })
        ScaleScreen(form, index = form.topics.size, chosen = null, onAnswer = {}, onSkip = {}, onBack = {}, onSave = {})
    }

    @Test
    fun rendersTheHistoryInEveryVariant() = renderScreen("scale-history", data = { scaleCore(it) }) { core ->
        ScaleHistoryScreen(requireNotNull(core.read { it.scaleHistory() }), onRate = {}, onInterval = {}, onBack = {})
    }

    @Test
    fun oneTopicPerScreenWithSkipBackAndSave() = runTallUiTest {
        scaleCore().use { test ->
            var saved = false
            var left = false
            setStegvisContent(test.core) { ScaleRoute(test.core, onLeave = { left = true }, onSaved = { saved = true }) }
            assertAccessible()
            onNodeWithTag("scale-progress").assertTextEquals("Topic 1 of 15")
            onNodeWithTag("answer-3").performClick()
            waitForIdle()
            onNodeWithTag("scale-progress").assertTextEquals("Topic 2 of 15")
            onNodeWithTag("scale-skip").performScrollTo().performClick()
            waitForIdle()
            onNodeWithTag("scale-progress").assertTextEquals("Topic 3 of 15")
            // Back to topic 2, then back to topic 1, whose answer is marked.
            onNodeWithTag("back").performClick()
            onNodeWithTag("back").performClick()
            waitForIdle()
            onNodeWithTag("answer-3").assertIsSelected()
            onNodeWithTag("answer-5").performClick()
            waitForIdle()
            repeat(14) {
                onNodeWithTag("answer-4").performScrollTo().performClick()
                waitForIdle()
            }
            assertFalse("nothing is written before Save", test.companion.scaleHistory().ratings.any { it.date == "2026-11-23" })
            onNodeWithTag("scale-save").performClick()
            waitForIdle()
            assertTrue(saved)
            assertFalse(left)
            val today = test.companion.scaleHistory().ratings.last()
            assertEquals("2026-11-23", today.date)
            assertEquals(5u, today.items[0])
            assertEquals(4u, today.items[1])
            assertEquals(15u, today.answered)
        }
    }

    @Test
    fun theHistoryChoosesHowOftenAndOpensTheFlow() = runTallUiTest {
        scaleCore().use { test ->
            var rate = false
            setStegvisContent(test.core) { ScaleHistoryRoute(test.core, onRate = { rate = true }, onBack = {}) }
            assertAccessible()
            val history = test.companion.scaleHistory()
            onNodeWithTag("rating-2026-08-20").assertTextEquals(history.ratings[1].label + ": " + history.ratings[1].totalLabel)
            onNodeWithTag("total-note").assertTextEquals(history.totalNote)
            onNodeWithTag("every-6").performScrollTo().performClick()
            waitForIdle()
            assertEquals(ScaleInterval.EVERY_SIX_MONTHS, test.companion.scaleSettings().interval)
            onNodeWithTag("every-6").assertIsSelected()
            onNodeWithTag("every-never").performScrollTo().performClick()
            waitForIdle()
            assertNull(test.companion.scaleSettings().nextDue)
            onNodeWithTag("scale-rate").performScrollTo().performClick()
            assertTrue(rate)
        }
    }

    @Test
    fun todayOffersTheScaleWhenItIsDue() = runTallUiTest {
        scaleCore().use { test ->
            openApp(test, Routes.TODAY)
            onNodeWithTag("open-scale").performScrollTo().performClick()
            waitForIdle()
            onNodeWithText("Topic 1 of 15").assertExists()
        }
    }
}
