package no.stegvis.ui.checkin

import androidx.compose.ui.test.ExperimentalTestApi
import androidx.compose.ui.test.assertIsNotSelected
import androidx.compose.ui.test.assertIsSelected
import androidx.compose.ui.test.onNodeWithTag
import androidx.compose.ui.test.onNodeWithText
import androidx.compose.ui.test.performClick
import androidx.compose.ui.test.performScrollTo
import androidx.compose.ui.test.performTextInput
import androidx.compose.ui.test.v2.runComposeUiTest
import no.stegvis.core.NewSign
import no.stegvis.ui.testing.assertAccessible
import no.stegvis.ui.testing.demoCore
import no.stegvis.ui.testing.renderScreen
import no.stegvis.ui.testing.runTallUiTest
import no.stegvis.ui.testing.setStegvisContent
import org.junit.Assert.assertEquals
import org.junit.Assert.assertTrue
import org.junit.Test

private const val TODAY = "2026-11-23"

@OptIn(ExperimentalTestApi::class)
class CheckinScreenTest {
    private val ignore = CheckinCallbacks(onRate = { _, _ -> }, onNote = {}, onSleep = {}, onSave = {}, onBack = {})

    @Test
    fun rendersTodaysFormInEveryVariant() = renderScreen("checkin") { core ->
        CheckinScreen(form = requireNotNull(core.read { it.checkinForm(null) }), answers = CheckinAnswers(), callbacks = ignore)
    }

    @Test
    fun rendersADayAlreadyCheckedInWithItsAnswers() = renderScreen("checkin-done") { core ->
        val form = requireNotNull(core.read { it.checkinForm("2026-11-22") })
        CheckinScreen(
            form = form,
            answers = CheckinAnswers(
                ratings = form.signs.mapNotNull { s -> s.current?.let { s.signId to it.toInt() } }.toMap(),
                note = form.note.orEmpty(),
                sleep = form.sleepText.orEmpty(),
            ),
            callbacks = ignore,
        )
    }

    @Test
    fun aCheckInOfSixSignsByTapping() = runComposeUiTest {
        demoCore().use { test ->
            val c = test.companion
            for (key in listOf("low-mood", "trouble-concentrating")) {
                c.addSign(NewSign(catalogKey = key, text = null, noticedByOthers = false))
            }
            val signs = c.checkinForm(null).signs
            assertEquals("six signs to check", 6, signs.size)
            var saved = false
            setStegvisContent(test.core) { CheckinRoute(test.core, onSaved = { saved = true }, onBack = {}) }
            val wanted = signs.mapIndexed { i, s -> s.signId to (i % 4) }
            for ((sign, value) in wanted) {
                onNodeWithTag("rate-$sign-$value").performScrollTo().performClick()
                onNodeWithTag("rate-$sign-$value").assertIsSelected()
                onNodeWithTag("rate-$sign-${(value + 1) % 4}").assertIsNotSelected()
            }
            onNodeWithTag("note").performScrollTo().performTextInput("A long day, but I went for a walk")
            onNodeWithTag("sleep").performScrollTo().performTextInput("6,5")
            onNodeWithTag("save").performScrollTo().performClick()
            waitForIdle()
            assertTrue("the screen went back to today", saved)
            val stored = requireNotNull(c.checkin(TODAY))
            assertEquals(wanted.toMap(), stored.ratings.associate { it.signId to it.value.toInt() })
            assertEquals("A long day, but I went for a walk", stored.note)
            assertEquals(6.5, requireNotNull(stored.sleepHours), 0.0)
        }
    }

    @Test
    fun aSleepTheCoreCannotReadKeepsEveryAnswer() = runComposeUiTest {
        demoCore().use { test ->
            val sign = test.companion.checkinForm(null).signs.first().signId
            var saved = false
            setStegvisContent(test.core) { CheckinRoute(test.core, onSaved = { saved = true }, onBack = {}) }
            onNodeWithTag("rate-$sign-2").performScrollTo().performClick()
            onNodeWithTag("sleep").performScrollTo().performTextInput("a lot")
            onNodeWithTag("save").performScrollTo().performClick()
            waitForIdle()
            assertTrue("refused, not saved", !saved && test.core.problem != null && test.companion.checkin(TODAY) == null)
            onNodeWithTag("rate-$sign-2").assertIsSelected()
            onNodeWithText("a lot").assertExists()
        }
    }

    @Test
    fun theFormIsReadableAtDoubleText() = runTallUiTest {
        demoCore().use { test ->
            setStegvisContent(test.core, fontScale = 2f) { CheckinRoute(test.core, onSaved = {}, onBack = {}) }
            assertAccessible()
        }
    }
}
