package no.stegvis.jvm

import java.nio.file.Path
import java.time.Duration
import java.time.Instant
import java.time.LocalDate
import java.time.LocalTime
import java.time.ZoneId
import java.time.ZonedDateTime
import no.stegvis.core.DoseAction
import no.stegvis.core.DoseStatus
import no.stegvis.core.NewMedication
import no.stegvis.core.NewSchedule
import no.stegvis.core.NewSign
import no.stegvis.core.ReminderKind
import no.stegvis.core.Repeat
import no.stegvis.core.StegvisCompanion
import no.stegvis.core.ZonePolicy
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertNull
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.io.TempDir

private fun StegvisCompanion.medicine(name: String, vararg times: String): String {
    val med = addMedication(
        NewMedication(
            name = name,
            dose = null,
            form = null,
            cue = null,
            countOnHand = null,
            unitsPerDose = null,
            refillDays = null,
        ),
    )
    addSchedule(
        med.id,
        NewSchedule(
            times = times.toList(),
            repeat = Repeat.Daily,
            startDate = "2026-11-23",
            endDate = null,
            zonePolicy = ZonePolicy.FollowDevice,
        ),
    )
    return med.id
}

private fun oslo(date: String, time: String): Instant =
    ZonedDateTime.of(LocalDate.parse(date), LocalTime.parse(time), ZoneId.of("Europe/Oslo")).toInstant()

/**
 * The reminder plan through the bindings never silently loses a kind (issue 8, point 7).
 * A person on 4 medicines with 9 doses a day at 9 different times (63 doses a week, more
 * than the 60 an OS keeps) still gets every daily check-in reminder of the coming week,
 * 20:00 by default once there is a sign; the doses fill the room left in time order, and
 * `validUntil` says until when the plan is complete, every dose before it present. Doses
 * at the same minute are one reminder, and acting on it logs them all while a dose
 * already taken stays as it was.
 */
class ReminderPlanTest {
    @TempDir
    lateinit var dir: Path

    private val keys = InMemoryKeyManager()

    @Test
    fun `nine doses a day keep every check-in of the week`() {
        val now = Instant.parse("2026-11-23T05:00:00Z")
        StegvisCompanion.openWithClock(config(dir), keys, FixedClock(now)).use { app ->
            app.medicine("Litium", "07:00", "13:00", "19:00")
            app.medicine("Quetiapin", "08:00", "21:00")
            app.medicine("Sertralin", "09:00", "15:00")
            app.medicine("Vitamin D", "10:00", "22:00")
            app.addSign(NewSign(catalogKey = "sleeping-less", text = null, noticedByOthers = false))
            assertEquals("20:00", app.reminderSettings().checkinTime)

            val plan = app.reminderPlan()
            val reminders = plan.reminders
            assertTrue(reminders.size <= 60, "${reminders.size} reminders")
            assertEquals(now.plus(Duration.ofDays(7)), plan.until)

            val checkins = reminders.filter { it.kind == ReminderKind.CHECKIN }.map { it.at }
            val week = (23..29).map { oslo("2026-11-$it", "20:00") }
            assertEquals(week, checkins, "every check-in of the coming week")

            assertTrue(plan.validUntil.isBefore(plan.until), "the doses did not all fit")
            val covered = reminders.filter { it.kind == ReminderKind.DOSE }.flatMap { it.occurrenceIds }.toSet()
            val due = app.occurrences("2026-11-23", "2026-11-30")
                .filter { it.at.isAfter(now) && it.at.isBefore(plan.validUntil) }
                .map { it.id }
                .toSet()
            assertEquals(due, covered, "every dose before validUntil has its reminder")
            assertTrue(due.size >= 50, "${due.size} doses")
        }
    }

    @Test
    fun `doses at one minute are one reminder, logged together`() {
        val now = Instant.parse("2026-11-23T07:05:00Z")
        StegvisCompanion.openWithClock(config(dir), keys, FixedClock(now)).use { app ->
            app.medicine("Litium", "08:00", "20:00")
            app.medicine("Quetiapin", "08:00", "20:00")
            val evening = app.reminderPlan().reminders.first()
            assertEquals("dose:2026-11-23T19:00Z", evening.id)
            assertEquals(2, evening.occurrenceIds.size)
            assertEquals("Time for your 20:00 medicines", evening.body)

            val morning = app.occurrences("2026-11-23", "2026-11-23").filter { it.slot == "08:00" }
            val taken = app.logDose(morning[0].id, DoseAction.Take(null))
            val result = app.logReminderDoses("dose:2026-11-23T07:00Z", DoseAction.Skip("asleep"))
            assertEquals(listOf(morning[1].id), result.logged.map { it.occurrence.id })
            assertEquals(DoseStatus.SKIPPED, result.logged.single().occurrence.status)
            assertEquals(listOf(taken), result.unchanged.map { it.occurrence })

            val off = app.setReminderSettings(app.reminderSettings().copy(checkinTime = null))
            assertNull(off.checkinTime)
            assertNull(app.reminderSettings().checkinTime, "turned off stays off")
        }
    }
}
