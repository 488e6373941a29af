package no.stegvis.jvm

import java.nio.file.Path
import java.time.Instant
import java.time.temporal.ChronoUnit
import no.stegvis.core.CheckinInput
import no.stegvis.core.Clock
import no.stegvis.core.ContactKind
import no.stegvis.core.Field
import no.stegvis.core.InvalidReason
import no.stegvis.core.NewSign
import no.stegvis.core.PlanEdit
import no.stegvis.core.PlanItem
import no.stegvis.core.PlanSection
import no.stegvis.core.Rating
import no.stegvis.core.Rule
import no.stegvis.core.StegvisCompanion
import no.stegvis.core.StegvisException
import no.stegvis.core.TodayItemKind
import no.stegvis.core.TodaySectionKind
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertNotNull
import org.junit.jupiter.api.Assertions.assertNull
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.assertThrows
import org.junit.jupiter.api.io.TempDir

/** A clock the test moves by hand, so one open library can live through several days. */
private class MovingClock(var now: Instant) : Clock {
    constructor(text: String) : this(Instant.parse(text))

    override fun now(): Instant = now

    fun nextDay() {
        now = now.plus(1, ChronoUnit.DAYS)
    }
}

private fun rate(signId: String, value: Int) = Rating(signId, value.toUByte())

private fun catalogSign(key: String) = NewSign(catalogKey = key, text = null, noticedByOthers = false)

private fun text(text: String) = PlanItem(text = text, supporter = null, reach = null, contactKind = null, signId = null)

/**
 * Early warning signs, daily check-ins, trends and the versioned relapse-prevention
 * plan, driven from Kotlin through the real library. Signs from the catalog and in the
 * person's own words keep their order; the today view asks for a check-in until one is
 * saved; the check-in form then shows it as done with its answers; a rating above 3 or
 * a check-in dated tomorrow is refused with InvalidInput naming the field, and nothing
 * changes. With a Kotlin clock moved day by day, 28 daily check-ins give a four-week
 * trend with every day filled in. Editing the plan makes numbered versions whose
 * history and earlier contents stay readable, a bad rule is refused without a new
 * version, and a personal rule that holds over two days of check-ins puts a plan
 * prompt in the today view.
 */
class SignsAndPlanTest {
    @TempDir
    lateinit var dir: Path

    private val keys = InMemoryKeyManager()

    private fun openMoving(clock: MovingClock): StegvisCompanion = StegvisCompanion.openWithClock(config(dir), keys, clock)

    @Test
    fun `signs are rated in a daily check-in and bad ratings or dates are refused`() {
        openAt(dir, keys, "2026-11-23T09:00:00Z").use { app ->
            val catalogKeys = app.signCatalog().map { it.key }
            assertTrue(catalogKeys.containsAll(listOf("sleeping-less", "low-mood")))

            val sleep = app.addSign(catalogSign("sleeping-less"))
            val mood = app.addSign(catalogSign("low-mood"))
            val own = app.addSign(NewSign(catalogKey = null, text = "Cleaning the flat at night", noticedByOthers = true))
            assertEquals("sleeping-less", sleep.catalogKey)
            assertTrue(sleep.name.isNotBlank())
            assertNull(own.catalogKey)
            assertEquals("Cleaning the flat at night", own.name)
            assertTrue(own.noticedByOthers)

            val listed = app.listSigns(false)
            assertEquals(listOf(sleep.id, mood.id, own.id), listed.map { it.id })
            assertEquals(listOf(1u, 2u, 3u), listed.map { it.position })
            assertTrue(listed.none { it.retired })

            val due = app.today().sections.single { it.kind == TodaySectionKind.CHECKIN }.items.single()
            assertEquals(TodayItemKind.CHECKIN_DUE, due.kind)

            val blank = app.checkinForm(null)
            assertEquals("2026-11-23", blank.date)
            assertFalse(blank.alreadyDone)
            assertEquals(4, blank.scale.size)
            assertEquals(listOf(sleep.id, mood.id, own.id), blank.signs.map { it.signId })
            assertTrue(blank.signs.all { it.current == null })

            val saved = app.saveCheckin(
                CheckinInput(
                    date = null,
                    ratings = listOf(rate(sleep.id, 2), rate(mood.id, 1), rate(own.id, 3)),
                    note = "Up until three",
                    sleepHours = 6.5,
                ),
            )
            assertEquals("2026-11-23", saved.date)
            assertEquals(
                mapOf(sleep.id to 2, mood.id to 1, own.id to 3),
                saved.ratings.associate { it.signId to it.value.toInt() },
            )
            assertEquals("Up until three", saved.note)
            assertEquals(6.5, saved.sleepHours!!, 0.0)

            assertTrue(app.today().sections.none { it.kind == TodaySectionKind.CHECKIN })

            val done = app.checkinForm(null)
            assertTrue(done.alreadyDone)
            assertEquals(listOf(2, 1, 3), done.signs.map { it.current?.toInt() })
            assertEquals(listOf(false, false, true), done.signs.map { it.noticedByOthers })
            assertEquals("Up until three", done.note)
            assertEquals(6.5, done.sleepHours!!, 0.0)

            val before = app.checkin("2026-11-23")
            assertEquals(saved, before)

            val tooHigh = assertThrows<StegvisException.InvalidInput> {
                app.saveCheckin(
                    CheckinInput(
                        date = null,
                        ratings = listOf(rate(sleep.id, 0), rate(mood.id, 4), rate(own.id, 0)),
                        note = "Changed my mind",
                        sleepHours = 8.0,
                    ),
                )
            }
            assertEquals(Field.RATING, tooHigh.field)
            assertEquals(InvalidReason.OutOfRange(0, 3), tooHigh.reason)
            assertEquals(before, app.checkin("2026-11-23"))

            val tomorrow = assertThrows<StegvisException.InvalidInput> {
                app.saveCheckin(
                    CheckinInput(date = "2026-11-24", ratings = listOf(rate(sleep.id, 1)), note = null, sleepHours = null),
                )
            }
            assertEquals(Field.CHECKIN_DATE, tomorrow.field)
            assertEquals(InvalidReason.InFuture, tomorrow.reason)
            assertNull(app.checkin("2026-11-24"))
            assertEquals(before, app.checkin("2026-11-23"))
        }
    }

    @Test
    fun `four weeks of daily check-ins make a full trend`() {
        val clock = MovingClock("2026-11-01T09:00:00Z")
        openMoving(clock).use { app ->
            val sleep = app.addSign(catalogSign("sleeping-less"))
            val mood = app.addSign(catalogSign("low-mood"))

            val totals = mutableListOf<Double>()
            for (day in 0 until 28) {
                if (day > 0) clock.nextDay()
                val a = day % 4
                val b = (day / 7) % 4
                app.saveCheckin(
                    CheckinInput(
                        date = null,
                        ratings = listOf(rate(sleep.id, a), rate(mood.id, b)),
                        note = null,
                        sleepHours = 7.0,
                    ),
                )
                totals += (a + b).toDouble()
            }

            val trend = app.trend(4u)
            assertEquals(4u, trend.weeks)
            assertEquals("2026-11-01", trend.from)
            assertEquals("2026-11-28", trend.to)
            assertEquals(28u, trend.days)
            assertEquals(28u, trend.daysCheckedIn)
            assertEquals(28, trend.total.daily.size)
            assertEquals(totals, trend.total.daily)
            assertEquals(4, trend.total.weeklyMeans.size)
            assertTrue(trend.total.weeklyMeans.all { it != null })
            assertEquals(listOf(sleep.id, mood.id), trend.perSign.map { it.signId })
            trend.perSign.forEach { sign ->
                assertEquals(28, sign.series.daily.size)
                assertEquals(4, sign.series.weeklyMeans.size)
            }
            assertEquals(List<Double?>(28) { 7.0 }, trend.sleep.daily)
            assertTrue(trend.summary.isNotBlank())

            val e = assertThrows<StegvisException.InvalidInput> { app.trend(0u) }
            assertEquals(Field.WEEKS, e.field)
        }
    }

    @Test
    fun `plan edits make versions and a bad rule changes nothing`() {
        openAt(dir, keys, "2026-11-23T09:00:00Z").use { app ->
            val sleep = app.addSign(catalogSign("sleeping-less"))
            val mood = app.addSign(catalogSign("low-mood"))
            assertEquals(0u, app.planView().version)

            val first = app.editPlan(
                listOf(
                    PlanEdit.AddItem(PlanSection.TRIGGERS, text("Exams and too little sleep")),
                    PlanEdit.AddItem(PlanSection.ACTIONS, text("Go to bed at eleven, phone in the kitchen")),
                    PlanEdit.AddItem(
                        PlanSection.CONTACTS,
                        PlanItem(
                            text = "Outpatient clinic",
                            supporter = null,
                            reach = "22 00 00 00",
                            contactKind = ContactKind.CLINIC,
                            signId = null,
                        ),
                    ),
                    PlanEdit.AddItem(
                        PlanSection.SIGNS,
                        PlanItem(text = "", supporter = null, reach = null, contactKind = null, signId = sleep.id),
                    ),
                    PlanEdit.AddRule(Rule.SignsAtLeast(listOf(sleep.id, mood.id), 2u.toUByte(), 2u, 2u)),
                ),
            )
            assertEquals(1u, first.version)
            assertNotNull(first.savedAt)
            assertEquals(
                listOf("triggers", "signs", "actions", "supporter-actions", "contacts", "what-helped", "preferences"),
                first.sections.map { it.key },
            )
            assertEquals(PlanSection.entries.toList(), first.sections.map { it.section })
            val sections = first.sections.associateBy { it.section }
            assertEquals(listOf("Exams and too little sleep"), sections.getValue(PlanSection.TRIGGERS).items.map { it.text })
            assertEquals(
                listOf("Go to bed at eleven, phone in the kitchen"),
                sections.getValue(PlanSection.ACTIONS).items.map { it.text },
            )
            val contact = sections.getValue(PlanSection.CONTACTS).items.single()
            assertEquals("Outpatient clinic", contact.text)
            assertEquals(ContactKind.CLINIC, contact.item.contactKind)
            assertEquals("22 00 00 00", contact.item.reach)
            val planSign = sections.getValue(PlanSection.SIGNS).items.single()
            assertEquals(sleep.id, planSign.item.signId)
            assertEquals(sleep.name, planSign.text)
            val rule = first.rules.single()
            assertEquals(1u, rule.number)
            assertEquals(Rule.SignsAtLeast(listOf(sleep.id, mood.id), 2u.toUByte(), 2u, 2u), rule.rule)
            assertTrue(rule.description.isNotBlank())
            assertEquals(first, app.planView())

            val second = app.editPlan(listOf(PlanEdit.RemoveItem(PlanSection.TRIGGERS, 1u)))
            assertEquals(2u, second.version)
            assertTrue(second.sections.single { it.section == PlanSection.TRIGGERS }.items.isEmpty())
            assertTrue(app.plan().triggers.isEmpty())
            assertEquals(listOf(2u, 1u), app.planHistory().map { it.version })
            val old = app.planVersion(1u)
            assertEquals(1u, old.version)
            assertEquals(
                listOf("Exams and too little sleep"),
                old.sections.single { it.section == PlanSection.TRIGGERS }.items.map { it.text },
            )

            val e = assertThrows<StegvisException.InvalidInput> {
                app.editPlan(
                    listOf(
                        PlanEdit.AddItem(PlanSection.TRIGGERS, text("Should not be saved")),
                        PlanEdit.AddRule(Rule.SignsAtLeast(emptyList(), 2u.toUByte(), 1u, 2u)),
                    ),
                )
            }
            assertEquals(Field.RULE_SIGNS, e.field)
            assertEquals(InvalidReason.Empty, e.reason)
            assertEquals(2u, app.planView().version)
            assertEquals(second, app.planView())
            assertEquals(listOf(2u, 1u), app.planHistory().map { it.version })
        }
    }

    @Test
    fun `a rule that holds for two days prompts the plan in today`() {
        val clock = MovingClock("2026-11-20T09:00:00Z")
        openMoving(clock).use { app ->
            val sleep = app.addSign(catalogSign("sleeping-less"))
            val mood = app.addSign(catalogSign("low-mood"))
            val plan = app.editPlan(
                listOf(PlanEdit.AddRule(Rule.SignsAtLeast(listOf(sleep.id, mood.id), 2u.toUByte(), 2u, 2u))),
            )
            val description = plan.rules.single().description
            val bothAtTwo = listOf(rate(sleep.id, 2), rate(mood.id, 2))

            app.saveCheckin(CheckinInput(date = null, ratings = bothAtTwo, note = null, sleepHours = null))
            // One day is not yet a run of two.
            assertTrue(app.today().sections.none { it.kind == TodaySectionKind.PLAN })

            clock.nextDay()
            assertEquals("2026-11-21", app.today().date)
            assertTrue(app.today().sections.none { it.kind == TodaySectionKind.PLAN })

            app.saveCheckin(CheckinInput(date = null, ratings = bothAtTwo, note = null, sleepHours = null))
            val prompt = app.today().sections.single { it.kind == TodaySectionKind.PLAN }.items.single()
            assertEquals(TodayItemKind.PLAN_PROMPT, prompt.kind)
            // Issue 8: the title says what rose; the rule, in people's words, is the detail
            // and part of the one plan block.
            val detail = prompt.detail.orEmpty()
            assertTrue(detail.contains(description), "\"$detail\" names the rule \"$description\"")
            assertEquals(listOf(description), app.today().planBlock?.rules)
        }
    }
}
