package no.stegvis.ui.meds

import androidx.compose.ui.test.onAllNodesWithText
import androidx.compose.ui.test.onFirst
import androidx.compose.ui.test.onNodeWithTag
import androidx.compose.ui.test.performClick
import androidx.compose.ui.test.performScrollTo
import androidx.compose.ui.test.performTextInput
import androidx.compose.ui.test.performTextReplacement
import androidx.compose.ui.test.v2.runComposeUiTest
import no.stegvis.core.MedStatus
import no.stegvis.core.Repeat
import no.stegvis.core.ZonePolicy
import no.stegvis.ui.Routes
import no.stegvis.ui.testing.assertAccessible
import no.stegvis.ui.testing.demoCore
import no.stegvis.ui.testing.openApp
import no.stegvis.ui.testing.renderScreen
import no.stegvis.ui.testing.runTallUiTest
import org.junit.Assert.assertEquals
import org.junit.Test

class MedsScreensTest {
    private val noActions =
        MedActions(edit = { true }, addSchedule = {}, endSchedule = {}, setStatus = {}, addNote = {})

    @Test
    fun theListRendersInEveryVariant() = renderScreen("meds") { core ->
        MedsScreen(core.companion.listMedications(false), showStopped = false, MedsActions({}, {}, {}), onBack = {})
    }

    @Test
    fun aMedicineRendersInEveryVariant() = renderScreen("med") { core ->
        val med = core.companion.listMedications(false).first()
        val notes = core.companion.doctorNotes().filter { it.medicationId == med.id }
        MedScreen(MedView(med, core.companion.medicationHistory(med.id, 14u), notes), noActions, onBack = {})
    }

    @Test
    fun addingRendersInEveryVariant() = renderScreen("med-add") { MedAddScreen(onSave = {}, onBack = {}) }

    @Test
    fun aMedicineWithItsTimesIsAddedThroughTheScreens() = runComposeUiTest {
        demoCore().use { test ->
            openApp(test, Routes.MEDS)
            onNodeWithTag("meds-add").performClick()
            onNodeWithTag("med-name").performTextInput("Lithium")
            onNodeWithTag("med-dose").performTextInput("400 mg")
            onNodeWithTag("med-cue").performScrollTo().performTextInput("with breakfast")
            onNodeWithTag("med-count").performScrollTo().performTextInput("60")
            onNodeWithTag("med-save").performScrollTo().performClick()
            waitForIdle()
            val med = requireNotNull(test.companion.listMedications(false).firstOrNull { it.name == "Lithium" })
            assertEquals("400 mg", med.dose)
            assertEquals(60u, med.countOnHand)
            onNodeWithTag("schedule-times").performScrollTo().performTextInput("08:00, 20:00")
            onNodeWithTag("schedule-amounts").performScrollTo().performTextInput("1, 2")
            onNodeWithTag("schedule-save").performScrollTo().performClick()
            waitForIdle()
            val schedule = test.companion.medication(med.id).schedules.single()
            assertEquals(listOf("08:00", "20:00"), schedule.times)
            assertEquals(listOf(1u, 2u), schedule.amounts)
            assertEquals(Repeat.Daily, schedule.repeat)
            assertEquals(ZonePolicy.FollowDevice, schedule.zonePolicy)
            onNodeWithTag("med-schedule-0").performScrollTo().assertExists()
        }
    }

    @Test
    fun weekdaysInAPinnedZonePauseAndANoteReachTheCore() = runComposeUiTest {
        demoCore().use { test ->
            val med = test.companion.listMedications(false).first()
            openApp(test, Routes.medOf(med.id))
            onNodeWithTag("schedule-times").performScrollTo().performTextInput("09:00")
            onNodeWithTag("schedule-weekdays").performScrollTo().performClick()
            onNodeWithTag("schedule-MON").performScrollTo().performClick()
            onNodeWithTag("schedule-THU").performScrollTo().performClick()
            onNodeWithTag("schedule-pinned").performScrollTo().performClick()
            onNodeWithTag("schedule-zone").performScrollTo().performTextInput("Europe/Oslo")
            onNodeWithTag("schedule-save").performScrollTo().performClick()
            waitForIdle()
            val added = test.companion.medication(med.id).schedules.last()
            assertEquals(
                Repeat.Weekdays(listOf(no.stegvis.core.Weekday.MON, no.stegvis.core.Weekday.THU)),
                added.repeat,
            )
            assertEquals(ZonePolicy.Pinned("Europe/Oslo"), added.zonePolicy)
            onNodeWithTag("med-note").performScrollTo().performTextInput("Ask about feeling tired")
            onNodeWithTag("med-note-save").performScrollTo().performClick()
            waitForIdle()
            val note = test.companion.doctorNotes().last()
            assertEquals("Ask about feeling tired", note.text)
            onAllNodesWithText(note.dateLabel).onFirst().assertExists()
            onNodeWithTag("med-pause").performScrollTo().performClick()
            waitForIdle()
            assertEquals(MedStatus.PAUSED, test.companion.medication(med.id).status)
            onNodeWithTag("med-resume").performScrollTo().performClick()
            waitForIdle()
            assertEquals(MedStatus.ACTIVE, test.companion.medication(med.id).status)
        }
    }

    @Test
    fun changingTheCountAfterARefillReachesTheCore() = runComposeUiTest {
        demoCore().use { test ->
            val med = test.companion.listMedications(false).first()
            openApp(test, Routes.medOf(med.id))
            onNodeWithTag("med-change").performScrollTo().performClick()
            onNodeWithTag("med-edit-count").performScrollTo().performTextReplacement("90")
            onNodeWithTag("med-edit-cue").performScrollTo().performTextReplacement("On the kitchen shelf")
            onNodeWithTag("med-edit-save").performScrollTo().performClick()
            waitForIdle()
            val changed = test.companion.medication(med.id)
            assertEquals(90u, changed.countOnHand)
            assertEquals("On the kitchen shelf", changed.cue)
            assertEquals(med.name, changed.name)
            onNodeWithTag("med-change").assertExists()
        }
    }

    @Test
    fun aTimeTheCoreRefusesIsExplainedAndNothingIsAdded() = runComposeUiTest {
        demoCore().use { test ->
            val med = test.companion.listMedications(false).first()
            val before = test.companion.medication(med.id).schedules
            openApp(test, Routes.medOf(med.id))
            onNodeWithTag("schedule-times").performScrollTo().performTextInput("25:99")
            onNodeWithTag("schedule-save").performScrollTo().performClick()
            waitForIdle()
            onNodeWithTag("problem").assertExists()
            assertEquals(before, test.companion.medication(med.id).schedules)
        }
    }

    @Test
    fun aDecimalAmountIsRefusedNeverReadAsAnotherNumber() = runComposeUiTest {
        demoCore().use { test ->
            val med = test.companion.listMedications(false).first()
            val before = test.companion.medication(med.id)
            openApp(test, Routes.medOf(med.id))
            // "1,5" in Norwegian is one and a half: never two amounts, never 15.
            onNodeWithTag("schedule-times").performScrollTo().performTextInput("08:00, 20:00")
            onNodeWithTag("schedule-amounts").performScrollTo().performTextInput("1,5")
            onNodeWithTag("schedule-save").performScrollTo().performClick()
            waitForIdle()
            onNodeWithTag("problem").assertExists()
            assertEquals(before.schedules, test.companion.medication(med.id).schedules)
            // Nor is "1.5" units per dose read as 15.
            onNodeWithTag("med-change").performScrollTo().performClick()
            onNodeWithTag("med-edit-units").performScrollTo().performTextReplacement("1.5")
            onNodeWithTag("med-edit-save").performScrollTo().performClick()
            waitForIdle()
            onNodeWithTag("problem").assertExists()
            assertEquals(before.unitsPerDose, test.companion.medication(med.id).unitsPerDose)
        }
    }

    @Test
    fun everyMedicineScreenIsReadableAtDoubleText() = runTallUiTest {
        demoCore().use { test ->
            val med = test.companion.listMedications(false).first()
            for (route in listOf(Routes.MEDS, Routes.MED_ADD, Routes.medOf(med.id))) {
                openApp(test, route, fontScale = 2f)
                assertAccessible()
            }
        }
    }
}
