package no.stegvis.jvm

import java.nio.file.Path
import java.time.Duration
import java.time.Instant
import no.stegvis.core.Clock
import no.stegvis.core.ConflictReason
import no.stegvis.core.DoseAction
import no.stegvis.core.DoseStatus
import no.stegvis.core.Field
import no.stegvis.core.InvalidReason
import no.stegvis.core.NewMedication
import no.stegvis.core.NewSchedule
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

/** A clock the test moves, the way time passes between taps. */
private class DoseClock(start: String) : Clock {
    @Volatile
    var instant: Instant = Instant.parse(start)

    fun advance(by: Duration) {
        instant = instant.plus(by)
    }

    override fun now(): Instant = instant
}

private fun withCount(name: String, count: Long) = NewMedication(
    name = name,
    dose = null,
    form = null,
    cue = null,
    countOnHand = count,
    unitsPerDose = null,
    refillDays = null,
)

/**
 * Issue 8, points 1 to 3, through the bindings: a dose taken cannot be snoozed or
 * skipped (a Conflict that says when it was taken, in local time), only undoDose
 * brings it back to "not logged" and gives the count back; a dose can be taken from
 * the start of its day or 12 hours before, whichever is earlier, and earlier is
 * InvalidInput(TooEarly) saying from when; takeMedication on a scheduled medicine
 * logs the dose that is due, and with nothing due refuses unless the dose is an extra.
 */
class DoseSafetyTest {
    @TempDir
    lateinit var dir: Path

    private val keys = InMemoryKeyManager()

    private fun openWith(clock: Clock): StegvisCompanion = StegvisCompanion.openWithClock(config(dir), keys, clock)

    private fun StegvisCompanion.twiceDaily(name: String, count: Long): String {
        val med = addMedication(withCount(name, count))
        addSchedule(
            med.id,
            NewSchedule(
                times = listOf("08:00", "20:00"),
                repeat = Repeat.Daily,
                startDate = "2026-11-20",
                endDate = null,
                zonePolicy = ZonePolicy.FollowDevice,
            ),
        )
        return med.id
    }

    @Test
    fun `a taken dose cannot be snoozed and undo restores the count`() {
        // Monday 08:15 in Oslo.
        openWith(DoseClock("2026-11-23T07:15:00Z")).use { app ->
            val med = app.twiceDaily("Sertralin", 30)
            val morning = app.occurrences("2026-11-23", "2026-11-23").first()
            app.logDose(morning.id, DoseAction.Take(null))
            assertEquals(29u, app.medication(med).countOnHand)

            val e = assertThrows<StegvisException.Conflict> {
                app.logDose(morning.id, DoseAction.Snooze(10u))
            }
            val reason = e.reason
            assertTrue(reason is ConflictReason.DoseAlreadyLogged, "$reason")
            reason as ConflictReason.DoseAlreadyLogged
            assertEquals(DoseStatus.TAKEN, reason.status)
            assertEquals(Instant.parse("2026-11-23T07:15:00Z"), reason.at)
            assertEquals(60, reason.utcOffsetMinutes)
            val text = app.describeError(e)
            assertTrue(text.contains("Monday 23 November at 08:15"), text)
            assertThrows<StegvisException.Conflict> { app.logDose(morning.id, DoseAction.Skip(null)) }
            assertEquals(29u, app.medication(med).countOnHand)

            val undone = app.undoDose(morning.id)
            assertNull(undone.status)
            assertNull(undone.takenAt)
            assertEquals(30u, app.medication(med).countOnHand)
            val nothing = assertThrows<StegvisException.Conflict> { app.undoDose(morning.id) }
            assertEquals(ConflictReason.DoseNotLogged, nothing.reason)

            val snoozed = app.logDose(morning.id, DoseAction.Snooze(10u))
            assertEquals(DoseStatus.SNOOZED, snoozed.status)
        }
    }

    @Test
    fun `a dose can be taken early within its window and not before`() {
        // Sunday 19:59 in Oslo: one minute before 12 hours ahead of Monday 08:00.
        val clock = DoseClock("2026-11-22T18:59:00Z")
        openWith(clock).use { app ->
            val med = app.twiceDaily("Litium", 20)
            val monday = app.occurrences("2026-11-23", "2026-11-23").first()
            val e = assertThrows<StegvisException.InvalidInput> {
                app.logDose(monday.id, DoseAction.Take(null))
            }
            assertEquals(Field.OCCURRENCE, e.field)
            assertEquals(InvalidReason.TooEarly(Instant.parse("2026-11-22T19:00:00Z"), 60), e.reason)
            val text = app.describeError(e)
            assertTrue(text.contains("from 20:00 on Sunday 22 November"), text)
            assertEquals(20u, app.medication(med).countOnHand)

            clock.advance(Duration.ofMinutes(1))
            val taken = app.logDose(monday.id, DoseAction.Take(null))
            assertEquals(DoseStatus.TAKEN, taken.status)
            assertEquals(19u, app.medication(med).countOnHand)
        }
    }

    @Test
    fun `take by medication id logs the due dose, and an extra only when asked`() {
        // Monday 07:50 in Oslo: the 08:00 dose is due.
        val clock = DoseClock("2026-11-23T06:50:00Z")
        openWith(clock).use { app ->
            val med = app.twiceDaily("Quetiapin", 30)
            val took = app.takeMedication(med, null, false)
            assertFalse(took.extra)
            assertNotNull(took.occurrence)
            val logged = took.occurrence!!
            assertEquals("2026-11-23", logged.localDate)
            assertEquals("08:00", logged.slot)
            assertEquals(DoseStatus.TAKEN, logged.status)
            assertEquals(DoseStatus.TAKEN, app.occurrences("2026-11-23", "2026-11-23").first().status)
            assertEquals(29u, app.medication(med).countOnHand)

            clock.advance(Duration.ofMinutes(5))
            val none = assertThrows<StegvisException.Conflict> { app.takeMedication(med, null, false) }
            assertEquals(ConflictReason.NoDoseDue, none.reason)
            assertEquals(29u, app.medication(med).countOnHand)

            val extra = app.takeMedication(med, null, true)
            assertTrue(extra.extra)
            assertNull(extra.occurrence)
            assertEquals(28u, app.medication(med).countOnHand)

            // 21:30: the 20:00 dose was missed, and is the one logged.
            clock.advance(Duration.ofMinutes(13 * 60 + 35))
            val late = app.takeMedication(med, null, false)
            assertEquals("20:00", late.occurrence?.slot)
            assertEquals(Instant.parse("2026-11-23T20:30:00Z"), late.takenAt)
        }
    }
}
