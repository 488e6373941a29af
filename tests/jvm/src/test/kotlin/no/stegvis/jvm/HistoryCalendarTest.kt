package no.stegvis.jvm

import java.nio.file.Path
import no.stegvis.core.CheckinInput
import no.stegvis.core.DoseAction
import no.stegvis.core.Field
import no.stegvis.core.HistoryDayPlace
import no.stegvis.core.HistoryEntry
import no.stegvis.core.HistoryKind
import no.stegvis.core.InvalidReason
import no.stegvis.core.Lang
import no.stegvis.core.LifeArea
import no.stegvis.core.NewGoal
import no.stegvis.core.NewMedication
import no.stegvis.core.NewSchedule
import no.stegvis.core.NewSign
import no.stegvis.core.NewStep
import no.stegvis.core.Rating
import no.stegvis.core.Repeat
import no.stegvis.core.ScaleAnswer
import no.stegvis.core.StegvisException
import no.stegvis.core.ZonePolicy
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertNull
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.assertThrows
import org.junit.jupiter.api.io.TempDir

/**
 * The history calendar read from Kotlin through the real library: a month grid with
 * Monday-first weeks, plain markers per day (a step done, the check-in with its note,
 * doses taken of planned, an IMR module started, an IMR Scale rating) and a day opened
 * to each thing that happened, in words and local time; a month still to come is
 * refused naming the field.
 */
class HistoryCalendarTest {
    @TempDir
    lateinit var dir: Path

    private val keys = InMemoryKeyManager()

    @Test
    fun aMonthAndADayThroughTheBindings() {
        openAt(dir, keys, "2026-11-20T07:30:00Z").use { app ->
            val sign = app.addSign(NewSign(catalogKey = null, text = "Racing thoughts", noticedByOthers = false))
            val med = app.addMedication(NewMedication("Sertraline", null, null, null, null, null, null))
            app.addSchedule(med.id, NewSchedule(listOf("08:00"), Repeat.Daily, "2026-11-20", null, ZonePolicy.FollowDevice))
            val due = app.occurrences("2026-11-20", "2026-11-20").single()
            app.logDose(due.id, DoseAction.Take(null))
            val goal = app.addGoal(NewGoal("Walk outside most days", null, LifeArea.HEALTH))
            val step = app.addStep(goal.id, NewStep("Find my shoes", dueDate = null, assignment = null))
            app.completeStep(step.id)
            app.saveCheckin(CheckinInput(null, listOf(Rating(sign.id, 2u)), "A long day", null))
            app.moduleStart("recovery-strategies", "2026-11-18")
            app.scaleRate("2026-11-19", listOf(ScaleAnswer("knowledge", 4u), ScaleAnswer("coping", 3u)))
        }
        openAt(dir, keys, "2026-11-23T12:00:00Z").use { app ->
            val month = app.historyMonth("2026-11")
            assertEquals("November 2026", month.title)
            assertEquals("Mon", month.weekdayNames.first())
            assertNull(month.nextMonth)
            assertEquals("2026-10", month.previousMonth)
            val cells = month.weeks.flatMap { it.days }
            assertEquals(HistoryDayPlace.OUTSIDE_MONTH, cells.first().place)
            assertEquals(HistoryDayPlace.FUTURE, cells.single { it.date == "2026-11-24" }.place)
            val friday = cells.single { it.date == "2026-11-20" }
            assertEquals(
                listOf(HistoryKind.STEP_DONE, HistoryKind.CHECKIN, HistoryKind.DOSE),
                friday.marks.map { it.kind },
            )
            assertTrue(friday.marks.single { it.kind == HistoryKind.CHECKIN }.withNote)
            val doses = friday.marks.single { it.kind == HistoryKind.DOSE }
            assertEquals(1u, doses.count)
            assertEquals(1u, doses.of)
            assertTrue(friday.description.startsWith("Friday 20 November: 1 step done"), friday.description)
            val module = cells.single { it.date == "2026-11-18" }.marks.map { it.kind }
            assertEquals(listOf(HistoryKind.MODULE_STARTED), module)
            val rated = app.historyDay("2026-11-19").items.single().entry
            assertTrue(rated is HistoryEntry.ScaleRated && rated.topicsRated == 2u && rated.total == 7u, "$rated")

            val day = app.historyDay("2026-11-20")
            assertEquals("Friday 20 November", day.title)
            val checkin = day.items.single { it.kind == HistoryKind.CHECKIN }
            assertTrue("Racing thoughts: Quite a lot" in checkin.details, "${checkin.details}")
            assertTrue("Note: A long day" in checkin.details, "${checkin.details}")
            val dose = day.items.single { it.kind == HistoryKind.DOSE }
            assertEquals("08:30", dose.timeLabel)
            assertEquals("Sertraline, planned 08:00: taken at 08:30", dose.text)
            val done = day.items.single { it.kind == HistoryKind.STEP_DONE }.entry
            assertTrue(done is HistoryEntry.StepDone && done.goal == "Walk outside most days", "$done")

            val ahead = assertThrows<StegvisException.InvalidInput> { app.historyMonth("2026-12") }
            assertEquals(Field.HISTORY_MONTH, ahead.field)
            assertTrue(ahead.reason is InvalidReason.InFuture, "${ahead.reason}")
            val malformed = assertThrows<StegvisException.InvalidInput> { app.historyDay("2026-02-30") }
            assertEquals(Field.HISTORY_DATE, malformed.field)

            app.setLanguage(Lang.NB)
            assertEquals("fredag 20. november", app.historyDay("2026-11-20").title)
        }
    }
}
