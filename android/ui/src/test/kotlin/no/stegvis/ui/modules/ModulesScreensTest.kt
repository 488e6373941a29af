package no.stegvis.ui.modules

import androidx.compose.ui.test.ExperimentalTestApi
import androidx.compose.ui.test.assertTextEquals
import androidx.compose.ui.test.onNodeWithTag
import androidx.compose.ui.test.performClick
import androidx.compose.ui.test.performScrollTo
import androidx.compose.ui.test.performTextInput
import no.stegvis.core.HomeAssignment
import no.stegvis.core.Lang
import no.stegvis.core.LifeArea
import no.stegvis.core.ModuleStatus
import no.stegvis.core.NewGoal
import no.stegvis.core.NewStep
import no.stegvis.ui.testing.TestCore
import no.stegvis.ui.testing.assertAccessible
import no.stegvis.ui.testing.demoCore
import no.stegvis.ui.testing.renderScreen
import no.stegvis.ui.testing.runTallUiTest
import no.stegvis.ui.testing.setStegvisContent
import org.junit.Assert.assertEquals
import org.junit.Test

/** The demo data with two modules marked and two home assignments tagged with modules. */
fun modulesCore(lang: Lang = Lang.EN): TestCore = demoCore(lang).also { test ->
    val c = test.companion
    c.moduleStart("recovery-strategies", "2026-09-01")
    c.moduleDone("recovery-strategies", "2026-10-15")
    c.moduleStart("practical-facts", "2026-11-02")
    val goal = c.addGoal(NewGoal(text = "Understand my illness better", why = null, area = LifeArea.HEALTH))
    c.addStep(
        goal.id,
        NewStep(
            text = "Read the handout on recovery",
            dueDate = null,
            assignment = HomeAssignment(meetingDate = "2026-10-08", module = "Recovery strategies"),
        ),
    )
    c.addStep(
        goal.id,
        NewStep(
            text = "Write three questions for the doctor",
            dueDate = null,
            assignment = HomeAssignment(meetingDate = "2026-11-19", module = "practical-facts"),
        ),
    )
}

@OptIn(ExperimentalTestApi::class)
class ModulesScreensTest {
    @Test
    fun rendersTheModulesInEveryVariant() = renderScreen("modules", data = { modulesCore(it) }) { core ->
        val view = requireNotNull(core.read { it.modules() })
        ModulesScreen(view, editing = null, dateText = "", actions = NoActions, onBack = {})
    }

    @Test
    fun rendersChoosingTheDay() = renderScreen("modules-day", data = { modulesCore(it) }) { core ->
        val view = requireNotNull(core.read { it.modules() })
        ModulesScreen(view, editing = ModuleEdit("practical-facts", done = true), dateText = "2026-11-20", actions = NoActions, onBack = {})
    }

    @Test
    fun aModuleIsStartedTodayAndWorkedThroughOnATypedDay() = runTallUiTest {
        modulesCore().use { test ->
            setStegvisContent(test.core) { ModulesRoute(test.core, onBack = {}) }
            assertAccessible()
            onNodeWithTag("start-social-support").performScrollTo().performClick()
            waitForIdle()
            onNodeWithTag("day-today").performScrollTo().performClick()
            waitForIdle()
            val started = test.companion.modules().modules.first { it.key == "social-support" }
            assertEquals(ModuleStatus.STARTED, started.status)
            assertEquals("2026-11-23", started.startedOn)
            onNodeWithTag("state-social-support").assertTextEquals(started.stateLabel)

            onNodeWithTag("done-practical-facts").performScrollTo().performClick()
            waitForIdle()
            onNodeWithTag("day-text").performScrollTo().performTextInput("2026-11-20")
            onNodeWithTag("day-save").performScrollTo().performClick()
            waitForIdle()
            val done = test.companion.modules().modules.first { it.key == "practical-facts" }
            assertEquals("2026-11-20", done.doneOn)

            // A day before it was started is refused, and nothing changes.
            onNodeWithTag("undo-practical-facts").performScrollTo().performClick()
            waitForIdle()
            onNodeWithTag("done-practical-facts").performScrollTo().performClick()
            waitForIdle()
            onNodeWithTag("day-text").performScrollTo().performTextInput("2026-10-01")
            onNodeWithTag("day-save").performScrollTo().performClick()
            waitForIdle()
            assertEquals(ModuleStatus.STARTED, test.companion.modules().modules.first { it.key == "practical-facts" }.status)
            onNodeWithTag("day-cancel").performScrollTo().performClick()

            // The assignments show under their module.
            val handout = test.companion.modules().modules.first().assignments.single { it.text == "Read the handout on recovery" }
            onNodeWithTag("assignment-${handout.stepId}").assertTextEquals("• Read the handout on recovery")
        }
    }
}

private object NoActions : ModulesActions {
    override fun begin(key: String, done: Boolean) = Unit
    override fun undoDone(key: String) = Unit
    override fun reset(key: String) = Unit
    override fun dateText(text: String) = Unit
    override fun save(today: Boolean) = Unit
    override fun cancel() = Unit
}
