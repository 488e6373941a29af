package no.stegvis.jvm

import java.nio.file.Path
import java.time.Instant
import java.time.LocalDate
import java.time.temporal.ChronoUnit
import no.stegvis.core.CheckinInput
import no.stegvis.core.Clock
import no.stegvis.core.DoseAction
import no.stegvis.core.Field
import no.stegvis.core.InvalidReason
import no.stegvis.core.LifeArea
import no.stegvis.core.NewGoal
import no.stegvis.core.NewMedication
import no.stegvis.core.NewSchedule
import no.stegvis.core.NewSign
import no.stegvis.core.NewStep
import no.stegvis.core.Rating
import no.stegvis.core.Repeat
import no.stegvis.core.ReportSection
import no.stegvis.core.StegvisCompanion
import no.stegvis.core.StegvisException
import no.stegvis.core.ZonePolicy
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertNull
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.assertThrows
import org.junit.jupiter.api.io.TempDir

private class SettableClock(var now: Instant) : Clock {
    override fun now(): Instant = now
}

/**
 * The progress summary read through the bindings: three weeks written from Kotlin
 * (check-ins with gaps, steps done, a daily medicine with some doses skipped), then
 * every number of the summary checked against what the test itself wrote, the report
 * JSON read, and a range that ends before it starts refused naming the field.
 */
class ProgressSummaryTest {
    @TempDir
    lateinit var dir: Path

    private val first = LocalDate.parse("2026-10-26")
    private val days = (0L until 21L).map { first.plusDays(it) }

    private fun rating(i: Int) = i % 4
    private fun checksIn(i: Int) = i % 5 != 3
    private fun skips(i: Int) = i % 6 == 0

    @Test
    fun `a summary read through the bindings has the numbers written`() {
        val clock = SettableClock(Instant.parse("2026-10-26T06:00:00Z"))
        StegvisCompanion.openWithClock(config(dir), InMemoryKeyManager(), clock).use { app ->
            val sign = app.addSign(NewSign(catalogKey = "sleeping-less", text = null, noticedByOthers = false))
            val goal = app.addGoal(NewGoal("Walk more", null, LifeArea.HEALTH))
            val steps = listOf("Corner", "Shop", "Lake").map { app.addStep(goal.id, NewStep(it, dueDate = null, assignment = null)) }
            val med = app.addMedication(
                NewMedication(
                    name = "Lithium",
                    dose = null,
                    form = null,
                    cue = null,
                    countOnHand = null,
                    unitsPerDose = null,
                    refillDays = null,
                ),
            )
            app.addSchedule(med.id, NewSchedule(listOf("08:00"), Repeat.Daily, null, null, ZonePolicy.FollowDevice))
            days.forEachIndexed { i, day ->
                clock.now = Instant.parse("${day}T19:00:00Z")
                if (checksIn(i)) {
                    app.saveCheckin(CheckinInput(null, listOf(Rating(sign.id, rating(i).toUByte())), null, null))
                }
                if (i == 2 || i == 10) app.completeStep(steps[if (i == 2) 0 else 1].id)
                val dose = app.occurrences(day.toString(), day.toString()).single()
                app.logDose(dose.id, if (skips(i)) DoseAction.Skip(null) else DoseAction.Take(null))
            }
            clock.now = clock.now.plus(14, ChronoUnit.HOURS)

            val s = app.progressSummary("2026-10-26", "2026-11-15", listOf())
            assertEquals(ReportSection.entries.toList(), s.sections)
            assertEquals("26 October 2026 – 15 November 2026", s.periodLabel)

            val goals = s.goals!!
            assertEquals(1u, goals.active)
            assertEquals(listOf("2026-10", "2026-11"), goals.months.map { it.month })
            // Step 1 on 28 October, step 2 on 5 November.
            assertEquals(listOf(1u, 1u), goals.months.map { it.stepsDone })
            assertEquals(2u, goals.goals.single().stepsDone)
            assertEquals(3u, goals.goals.single().stepsTotal)

            val signs = s.signs!!
            assertEquals(days.indices.count(::checksIn).toUInt(), signs.daysCheckedIn)
            assertEquals(21u, signs.daysInPeriod)
            assertEquals(3, signs.weeks.size)
            val series = signs.signs.single()
            series.weeks.forEachIndexed { w, week ->
                val rated = (w * 7 until w * 7 + 7).filter(::checksIn).map(::rating)
                assertEquals(days[w * 7].toString(), week.weekStart)
                assertEquals(rated.size.toUInt(), week.daysRated)
                assertEquals(rated.average(), week.mean!!, 1e-9)
            }

            val meds = s.medicines!!
            for ((m, month) in meds.months.withIndex()) {
                val inMonth = days.indices.filter { days[it].monthValue == if (m == 0) 10 else 11 }
                val skipped = inMonth.count(::skips)
                assertEquals(inMonth.size.toUInt(), month.planned)
                assertEquals(skipped.toUInt(), month.skipped)
                assertEquals((inMonth.size - skipped).toUInt(), month.taken)
                assertEquals(100.0 * (inMonth.size - skipped) / inMonth.size, month.percent!!, 1e-9)
            }
            assertEquals(meds.months, meds.medicines.single().months)
            assertNull(s.modules)

            val json = app.reportJson("2026-10-26", "2026-11-15", app.parseReportSections("signs"))
            assertTrue(json.contains("\"format\": \"stegvis-progress-report\""), json)
            assertTrue(json.contains("\"resourceType\": \"Bundle\""), json)

            val backwards = assertThrows<StegvisException.InvalidInput> {
                app.progressSummary("2026-11-15", "2026-10-26", listOf())
            }
            assertEquals(Field.END_DATE, backwards.field)
            assertEquals(InvalidReason.InPast, backwards.reason)
            val unknown = assertThrows<StegvisException.InvalidInput> { app.parseReportSections("goals,weather") }
            assertEquals(Field.SECTIONS, unknown.field)
        }
    }
}
