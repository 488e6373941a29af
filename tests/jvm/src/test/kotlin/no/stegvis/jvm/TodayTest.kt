package no.stegvis.jvm

import java.nio.file.Path
import no.stegvis.core.Field
import no.stegvis.core.LifeArea
import no.stegvis.core.NewGoal
import no.stegvis.core.NewStep
import no.stegvis.core.StegvisException
import no.stegvis.core.TodayItemKind
import no.stegvis.core.TodaySectionKind
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.assertThrows
import org.junit.jupiter.api.io.TempDir

/**
 * "Now" comes from a Clock implemented in Kotlin and called back from Rust: with the
 * clock fixed at 2026-11-23 09:00 UTC (10:00 in Oslo), a step planned for 2026-11-23
 * shows in the today view's DUE section. An id that is not an id is refused with
 * InvalidInput naming Field.ID rather than a generic failure.
 */
class TodayTest {
    @TempDir
    lateinit var dir: Path

    @Test
    fun `a step planned for today is in the due section`() {
        openAt(dir, InMemoryKeyManager(), "2026-11-23T09:00:00Z").use { app ->
            val goal = app.addGoal(NewGoal("Get back to my choir", null, LifeArea.LEISURE))
            val step = app.addStep(goal.id, NewStep("Email the choir leader", "2026-11-23", null))

            val today = app.today()
            assertEquals("2026-11-23", today.date)
            val item = today.sections.single { it.kind == TodaySectionKind.DUE }.items.single()
            assertEquals(TodayItemKind.STEP_DUE, item.kind)
            assertEquals(step.id, item.stepId)
            assertEquals(goal.id, item.goalId)
            assertEquals("Email the choir leader", item.title)
            assertEquals("2026-11-23", item.dueDate)
        }
    }

    @Test
    fun `a malformed id is refused naming the id field`() {
        openAt(dir, InMemoryKeyManager(), "2026-11-23T09:00:00Z").use { app ->
            val e = assertThrows<StegvisException.InvalidInput> { app.completeStep("not-an-id") }
            assertEquals(Field.ID, e.field)
        }
    }
}
