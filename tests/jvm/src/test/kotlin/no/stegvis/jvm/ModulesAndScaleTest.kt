package no.stegvis.jvm

import java.nio.file.Path
import no.stegvis.core.ConflictReason
import no.stegvis.core.Field
import no.stegvis.core.HomeAssignment
import no.stegvis.core.ImrModule
import no.stegvis.core.InvalidReason
import no.stegvis.core.LifeArea
import no.stegvis.core.ModuleStatus
import no.stegvis.core.NewGoal
import no.stegvis.core.NewStep
import no.stegvis.core.ScaleAnswer
import no.stegvis.core.ScaleInterval
import no.stegvis.core.StegvisException
import no.stegvis.core.TodayItemKind
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertNull
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.assertThrows
import org.junit.jupiter.api.io.TempDir

private val topicKeys = listOf(
    "knowledge", "family-friends", "social-contact", "structured-roles", "symptom-distress",
    "impairment", "relapse-planning", "relapses", "hospitalizations", "coping", "self-help",
    "medication", "alcohol", "drugs", "goals",
)

private fun answers(vararg values: Int) = topicKeys.zip(values.toList()).map { (k, v) -> ScaleAnswer(k, v.toUInt()) }

/**
 * The IMR modules and the IMR Scale through the real library: a module started and
 * worked through with its days, a home assignment filed under its module, a day in the
 * wrong order refused; the scale rated twice (once with skipped topics) and read back
 * as a history per topic and in total, a bad value refused with nothing written, and
 * the interval chosen.
 */
class ModulesAndScaleTest {
    @TempDir
    lateinit var dir: Path

    private val keys = InMemoryKeyManager()

    @Test
    fun `modules are started and worked through and assignments show under them`() {
        openAt(dir, keys, "2026-11-23T09:00:00Z").use { app ->
            val all = app.modules()
            assertEquals(11, all.modules.size)
            assertEquals("recovery-strategies", all.modules.first().key)

            val started = app.moduleStart("using-medication", "2026-10-05")
            val med = started.modules.first { it.module == ImrModule.USING_MEDICATION }
            assertEquals(ModuleStatus.STARTED, med.status)
            assertEquals("2026-10-05", med.startedOn)

            val done = app.moduleDone("using-medication", null)
            val medDone = done.modules.first { it.module == ImrModule.USING_MEDICATION }
            assertEquals(ModuleStatus.WORKED_THROUGH, medDone.status)
            assertEquals("2026-11-23", medDone.doneOn)
            assertEquals(1u, done.done)

            val wrongOrder =
                assertThrows<StegvisException.Conflict> {
                    app.moduleStart("using-medication", "2026-11-23").let { app.moduleDone("using-medication", "2026-11-01") }
                }
            assertEquals(ConflictReason.ModuleDatesOutOfOrder, wrongOrder.reason)
            val unknown = assertThrows<StegvisException.InvalidInput> { app.moduleStart("no-such-module", null) }
            assertEquals(Field.MODULE_KEY, unknown.field)

            val goal = app.addGoal(NewGoal(text = "Take my medicine well", why = null, area = LifeArea.HEALTH))
            app.addStep(
                goal.id,
                NewStep(
                    text = "Write down questions for the doctor",
                    dueDate = null,
                    assignment = HomeAssignment(meetingDate = null, module = "Using medication effectively"),
                ),
            )
            val filed = app.modules().modules.first { it.module == ImrModule.USING_MEDICATION }
            assertEquals(listOf("Write down questions for the doctor"), filed.assignments.map { it.text })

            val undone = app.moduleUndoDone("using-medication").modules.first { it.module == ImrModule.USING_MEDICATION }
            assertEquals(ModuleStatus.STARTED, undone.status)
        }
    }

    @Test
    fun `the scale is rated twice and read back as a history`() {
        openAt(dir, keys, "2026-08-20T09:00:00Z").use { app ->
            val form = app.scaleTopics()
            assertEquals(topicKeys, form.topics.map { it.key })
            assertEquals("Topic 1 of 15", form.topics.first().progressLabel)
            assertEquals(5, form.topics.first().anchors.size)
            val saved = app.scaleRate(null, answers(2, 3, 2, 1, 2, 2, 1, 3, 4, 2, 1, 3, 5, 5, 2))
            assertFalse(saved.replaced)
        }
        openAt(dir, keys, "2026-11-23T09:00:00Z").use { app ->
            // Three months later: due again, and two topics skipped this time.
            assertTrue(app.today().sections.flatMap { it.items }.any { it.kind == TodayItemKind.SCALE_DUE })
            val partial = answers(3, 3, 3, 2, 3, 3, 3, 4, 5, 3, 2, 4, 5, 5, 3).filter { it.topic != "alcohol" && it.topic != "drugs" }
            app.scaleRate("2026-11-23", partial)

            val before = app.scaleHistory()
            val bad = assertThrows<StegvisException.InvalidInput> { app.scaleRate(null, listOf(ScaleAnswer("knowledge", 6u))) }
            assertEquals(Field.SCALE_VALUE, bad.field)
            assertEquals(InvalidReason.OutOfRange(1, 5), bad.reason)
            val unknown = assertThrows<StegvisException.InvalidInput> { app.scaleRate(null, listOf(ScaleAnswer("mood", 3u))) }
            assertEquals(Field.SCALE_TOPIC, unknown.field)
            assertEquals(before, app.scaleHistory())

            val history = app.scaleHistory()
            assertEquals(listOf("2026-08-20", "2026-11-23"), history.ratings.map { it.date })
            assertEquals(38u, history.ratings[0].total)
            assertTrue(history.ratings[0].complete)
            assertEquals(13u, history.ratings[1].answered)
            assertEquals(listOf(38u, null), history.totals)
            assertEquals(listOf(2u, 3u), history.series.first { it.key == "knowledge" }.values)
            assertNull(history.series.first { it.key == "alcohol" }.values[1])
            assertTrue(history.totalNote.contains("15"))

            val settings = app.setScaleInterval(ScaleInterval.EVERY_SIX_MONTHS)
            assertEquals("2027-05-23", settings.nextDue)
            assertEquals(ScaleInterval.EVERY_SIX_MONTHS, app.scaleHistory().settings.interval)
            assertFalse(app.today().sections.flatMap { it.items }.any { it.kind == TodayItemKind.SCALE_DUE })
        }
    }
}
