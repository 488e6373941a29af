package no.stegvis.jvm

import java.nio.file.Path
import java.time.Duration
import java.time.Instant
import java.time.LocalDate
import java.time.LocalTime
import java.time.ZoneId
import java.time.ZonedDateTime
import no.stegvis.core.ConflictReason
import no.stegvis.core.DoseAction
import no.stegvis.core.DoseStatus
import no.stegvis.core.Field
import no.stegvis.core.InvalidReason
import no.stegvis.core.NewMedication
import no.stegvis.core.NewSchedule
import no.stegvis.core.Occurrence
import no.stegvis.core.ReminderKind
import no.stegvis.core.Repeat
import no.stegvis.core.StegvisCompanion
import no.stegvis.core.StegvisException
import no.stegvis.core.ZonePolicy
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertNotNull
import org.junit.jupiter.api.Assertions.assertNull
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.assertThrows
import org.junit.jupiter.api.io.TempDir

private const val OSLO = "Europe/Oslo"

private fun medication(name: String, countOnHand: Long? = null) = NewMedication(
    name = name,
    dose = null,
    form = null,
    cue = null,
    countOnHand = countOnHand,
    unitsPerDose = null,
    refillDays = null,
)

private fun daily(vararg times: String, startDate: String? = null, zonePolicy: ZonePolicy = ZonePolicy.FollowDevice) = NewSchedule(
    times = times.toList(),
    repeat = Repeat.Daily,
    startDate = startDate,
    endDate = null,
    zonePolicy = zonePolicy,
)

private fun dates(from: String, to: String): List<String> = generateSequence(LocalDate.parse(from)) { it.plusDays(1) }
    .takeWhile { it <= LocalDate.parse(to) }
    .map(LocalDate::toString)
    .toList()

/** The instant java.time gives a wall time in Oslo, worked out apart from the core. */
private fun javaTimeOslo(localDate: String, slot: String): Instant =
    ZonedDateTime.of(LocalDate.parse(localDate), LocalTime.parse(slot), ZoneId.of(OSLO)).toInstant()

/**
 * Medications, schedules, planned doses and the reminder plan, driven from Kotlin
 * through the real library. Across both 2026 daylight-saving changes in Oslo, every
 * planned dose of a pinned and of a follow-the-device schedule lands on the instant
 * java.time computes on its own (a wall time in the spring gap moves later by the gap,
 * one in the autumn overlap takes the earlier offset), once per (schedule, date, slot)
 * and in time order. Taking a dose lowers the count on hand once however often it is
 * logged, only an undo changes it (and puts the unit back), and a dose two days ahead
 * is refused as InvalidInput(OCCURRENCE, TooEarly). The reminder plan holds at most 60
 * notifications within the next seven days, in time order, with stable unique ids and
 * no medicine name on the lock screen; a taken dose drops out of it. Malformed times,
 * an unknown zone, a zero interval and a negative count are refused naming the field,
 * and none of them leaves a schedule behind.
 */
class MedicationsTest {
    @TempDir
    lateinit var dir: Path

    private val keys = InMemoryKeyManager()

    @Test
    fun `planned doses across both daylight-saving changes equal java time`() {
        val slots = listOf("01:30", "02:00", "02:30", "03:00", "08:00", "22:00")
        openAt(dir, keys, "2026-01-01T12:00:00Z").use { app ->
            val med = app.addMedication(medication("Litium"))
            val pinned = app.addSchedule(
                med.id,
                daily(*slots.toTypedArray(), startDate = "2026-01-01", zonePolicy = ZonePolicy.Pinned(OSLO)),
            ).schedules.single()
            assertEquals(ZonePolicy.Pinned(OSLO), pinned.zonePolicy)
            assertEquals(slots, pinned.times)
            val following = app.addSchedule(med.id, daily(*slots.toTypedArray(), startDate = "2026-01-01"))
                .schedules.single { it.id != pinned.id }
            assertEquals(ZonePolicy.FollowDevice, following.zonePolicy)
            val scheduleIds = setOf(pinned.id, following.id)

            for ((from, to) in listOf("2026-03-28" to "2026-03-30", "2026-10-24" to "2026-10-26")) {
                val occurrences = app.occurrences(from, to)

                val expectedKeys = scheduleIds.flatMap { s ->
                    dates(from, to).flatMap { d -> slots.map { Triple(s, d, it) } }
                }.toSet()
                val keysSeen = occurrences.map { Triple(it.scheduleId, it.localDate, it.slot) }
                assertEquals(expectedKeys.size, occurrences.size, "one occurrence per key on $from..$to")
                assertEquals(expectedKeys, keysSeen.toSet())
                assertEquals(occurrences.map { it.id }.toSet().size, occurrences.size, "ids are unique")

                assertEquals(occurrences.sortedBy { it.at }.map { it.at }, occurrences.map { it.at }, "sorted by at")
                assertTrue(occurrences.zipWithNext().all { (a, b) -> !a.at.isAfter(b.at) })

                for (o in occurrences) {
                    assertEquals(med.id, o.medicationId)
                    assertNull(o.status)
                    assertEquals(
                        javaTimeOslo(o.localDate, o.slot),
                        o.at,
                        "${o.localDate} ${o.slot} (${if (o.scheduleId == pinned.id) "pinned" else "follow-device"})",
                    )
                }

                // The device is in Oslo, so following it and pinning Oslo agree dose by dose.
                val bySchedule = occurrences.groupBy { it.scheduleId }
                    .mapValues { (_, list) -> list.associate { (it.localDate to it.slot) to it.at } }
                assertEquals(bySchedule.getValue(pinned.id), bySchedule.getValue(following.id))
            }

            fun at(date: String, slot: String, schedule: String): Instant =
                app.occurrences(date, date).single { it.scheduleId == schedule && it.slot == slot }.at

            for (schedule in scheduleIds) {
                // Spring forward: 02:00-03:00 does not exist; 02:30 is read as 03:30 summer time.
                assertEquals(Instant.parse("2026-03-29T01:30:00Z"), at("2026-03-29", "02:30", schedule))
                assertEquals(Instant.parse("2026-03-29T00:30:00Z"), at("2026-03-29", "01:30", schedule))
                assertEquals(Instant.parse("2026-03-29T06:00:00Z"), at("2026-03-29", "08:00", schedule))
                // Fall back: 02:00-03:00 happens twice; 02:30 is the first, at +02:00.
                assertEquals(Instant.parse("2026-10-25T00:30:00Z"), at("2026-10-25", "02:30", schedule))
                assertEquals(Instant.parse("2026-10-25T07:00:00Z"), at("2026-10-25", "08:00", schedule))
            }
        }
    }

    @Test
    fun `taking a dose counts once, undo corrects it and a future dose is refused`() {
        openAt(dir, keys, "2026-11-23T07:30:00Z").use { app ->
            val med = app.addMedication(medication("Sertralin", countOnHand = 30L))
            assertEquals(30u, med.countOnHand)
            app.addSchedule(med.id, daily("08:00", startDate = "2026-11-20"))

            val due = app.occurrences("2026-11-23", "2026-11-23").single()
            assertEquals("2026-11-23", due.localDate)
            assertEquals("08:00", due.slot)
            assertEquals(Instant.parse("2026-11-23T07:00:00Z"), due.at)
            assertNull(due.status)

            val takenAt = Instant.parse("2026-11-23T07:05:00Z")
            val taken = app.logDose(due.id, DoseAction.Take(takenAt))
            assertEquals(due.id, taken.id)
            assertEquals(DoseStatus.TAKEN, taken.status)
            assertEquals(takenAt, taken.takenAt)
            assertEquals(29u, app.medication(med.id).countOnHand)
            assertEquals(DoseStatus.TAKEN, app.occurrences("2026-11-23", "2026-11-23").single().status)

            val again = app.logDose(due.id, DoseAction.Take(null))
            assertEquals(DoseStatus.TAKEN, again.status)
            assertEquals(29u, app.medication(med.id).countOnHand, "taking the same dose twice counts once")

            // Issue 8: a logged dose is not silently changed; only an undo corrects it.
            val conflict = assertThrows<StegvisException.Conflict> {
                app.logDose(due.id, DoseAction.Skip("Felt sick"))
            }
            assertTrue(conflict.reason is ConflictReason.DoseAlreadyLogged, "${conflict.reason}")
            assertEquals(29u, app.medication(med.id).countOnHand)
            app.undoDose(due.id)
            val skipped = app.logDose(due.id, DoseAction.Skip("Felt sick"))
            assertEquals(DoseStatus.SKIPPED, skipped.status)
            assertNull(skipped.takenAt)
            assertEquals(30u, app.medication(med.id).countOnHand, "the undo gives the unit back")
            val listed = app.occurrences("2026-11-23", "2026-11-23").single()
            assertEquals(DoseStatus.SKIPPED, listed.status)
            assertNull(listed.takenAt)

            val later = app.occurrences("2026-11-25", "2026-11-25").single()
            val e = assertThrows<StegvisException.InvalidInput> {
                app.logDose(later.id, DoseAction.Take(null))
            }
            assertEquals(Field.OCCURRENCE, e.field)
            assertTrue(e.reason is InvalidReason.TooEarly, "${e.reason}")
            assertEquals(30u, app.medication(med.id).countOnHand)
            assertNull(app.occurrences("2026-11-25", "2026-11-25").single().status)
        }
    }

    @Test
    fun `the reminder plan is bounded, stable, discreet and drops a taken dose`() {
        val now = Instant.parse("2026-11-23T06:00:00Z")
        val name = "Quetiapin"
        StegvisCompanion.openWithClock(config(dir), keys, FixedClock(now)).use { app ->
            val med = app.addMedication(medication(name))
            app.addSchedule(med.id, daily("08:00", "20:00", startDate = "2026-11-23"))

            val plan = app.reminderPlan()
            val reminders = plan.reminders
            assertTrue(reminders.isNotEmpty())
            assertTrue(reminders.size <= 60, "${reminders.size} reminders")
            assertEquals(reminders.sortedBy { it.at }.map { it.at }, reminders.map { it.at }, "sorted by at")
            val horizon = now.plus(Duration.ofDays(7))
            for (r in reminders) {
                assertTrue(r.at.isAfter(now), "${r.id} at ${r.at} is after $now")
                assertFalse(r.at.isAfter(horizon), "${r.id} at ${r.at} is within 7 days")
                assertFalse(r.body.contains(name, ignoreCase = true), "\"${r.body}\" names no medicine")
                assertFalse(r.title.contains(name, ignoreCase = true), "\"${r.title}\" names no medicine")
                assertTrue(r.body.isNotBlank())
                assertEquals(ReminderKind.DOSE, r.kind)
                assertNotNull(r.occurrenceId)
            }
            val ids = reminders.map { it.id }
            assertEquals(ids.size, ids.toSet().size, "ids are unique")
            assertEquals(ids, app.reminderPlan().reminders.map { it.id }, "ids are stable between plans")

            // Every planned dose still to come in the window has its reminder.
            val upcoming = app.occurrences("2026-11-23", "2026-11-30")
                .filter { it.at.isAfter(now) && !it.at.isAfter(horizon) }
            assertEquals(upcoming.map { it.id }, reminders.map { it.occurrenceId })

            val next: Occurrence = upcoming.first()
            assertEquals(Instant.parse("2026-11-23T07:00:00Z"), next.at)
            val nextReminder = reminders.single { it.occurrenceId == next.id }
            app.logDose(next.id, DoseAction.Take(null))

            val after = app.reminderPlan().reminders
            assertFalse(after.any { it.id == nextReminder.id }, "the taken dose's reminder is gone")
            assertFalse(after.any { it.occurrenceId == next.id })
            assertEquals(ids - nextReminder.id, after.map { it.id })
        }
    }

    @Test
    fun `bad schedules and counts are refused naming the field and add nothing`() {
        openAt(dir, keys, "2026-11-23T09:00:00Z").use { app ->
            val med = app.addMedication(medication("Olanzapin"))
            assertTrue(med.schedules.isEmpty())

            fun refused(schedule: NewSchedule): StegvisException.InvalidInput = assertThrows { app.addSchedule(med.id, schedule) }

            val midnight = refused(daily("24:00", startDate = "2026-11-23"))
            assertEquals(Field.TIMES, midnight.field)
            assertEquals(InvalidReason.Malformed, midnight.reason)

            val morning = refused(daily("8am", startDate = "2026-11-23"))
            assertEquals(Field.TIMES, morning.field)
            assertEquals(InvalidReason.Malformed, morning.reason)

            val mars = refused(daily("08:00", startDate = "2026-11-23", zonePolicy = ZonePolicy.Pinned("Mars/Olympus")))
            assertEquals(Field.ZONE, mars.field)
            assertEquals(InvalidReason.Unknown, mars.reason)

            val never = refused(
                NewSchedule(
                    times = listOf("08:00"),
                    repeat = Repeat.EveryDays(0u),
                    startDate = "2026-11-23",
                    endDate = null,
                    zonePolicy = ZonePolicy.FollowDevice,
                ),
            )
            assertEquals(Field.EVERY_DAYS, never.field)
            assertTrue(never.reason is InvalidReason.OutOfRange, "${never.reason}")

            val negative = assertThrows<StegvisException.InvalidInput> {
                app.addMedication(medication("Negative", countOnHand = -1L))
            }
            assertEquals(Field.COUNT, negative.field)
            assertTrue(negative.reason is InvalidReason.OutOfRange, "${negative.reason}")

            val unchanged = app.medication(med.id)
            assertTrue(unchanged.schedules.isEmpty())
            assertTrue(unchanged.asNeeded)
            assertEquals(listOf(med.id), app.listMedications(true).map { it.id })
            assertTrue(app.occurrences("2026-11-20", "2026-11-30").isEmpty())
        }
    }
}
