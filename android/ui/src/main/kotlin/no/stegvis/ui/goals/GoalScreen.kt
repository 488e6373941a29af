package no.stegvis.ui.goals

import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.FlowRow
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.padding
import androidx.compose.material3.HorizontalDivider
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.Surface
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.runtime.LaunchedEffect
import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.remember
import androidx.compose.runtime.setValue
import androidx.compose.ui.Modifier
import androidx.compose.ui.platform.testTag
import androidx.compose.ui.semantics.heading
import androidx.compose.ui.semantics.semantics
import androidx.compose.ui.unit.dp
import no.stegvis.core.GoalDetail
import no.stegvis.core.GoalEdit
import no.stegvis.core.GoalStatus
import no.stegvis.core.LifeAreaOption
import no.stegvis.core.NewStep
import no.stegvis.core.ProblemSolving
import no.stegvis.core.Step
import no.stegvis.core.StepEdit
import no.stegvis.ui.AppCore
import no.stegvis.ui.Navigator
import no.stegvis.ui.Routes
import no.stegvis.ui.components.ScreenScaffold
import no.stegvis.ui.text.text

/** A step whose words (and how often it is meant) are being changed, and the choices so far. */
data class StepDraft(val stepId: String, val text: String, val repeat: RepeatDraft = RepeatDraft())

/** What is being written on the goal screen; kept by its state holder. */
data class GoalDrafts(
    val goal: GoalDraft? = null,
    val step: StepDraft? = null,
    val newStep: String = "",
    val newStepRepeat: RepeatDraft = RepeatDraft(),
)

/** What the person can do to one step. */
class StepCallbacks(
    val onToggle: (step: Step, done: Boolean) -> Unit,
    val onMove: (step: Step, by: Int) -> Unit,
    val onSolve: (stepId: String) -> Unit,
    val onLookBack: (problemSolvingId: String) -> Unit,
)

/** Which of the drafts to save. */
enum class GoalSave { GOAL, STEP, NEW_STEP }

/** What the person can do on a goal's screen. */
class GoalActions(
    val steps: StepCallbacks,
    val onDrafts: (GoalDrafts) -> Unit,
    val onSave: (GoalSave) -> Unit,
    val onStatus: (GoalStatus) -> Unit,
    val onBack: () -> Unit,
)

/**
 * One goal: its words, why it matters, the core's progress, and its steps in order. A
 * step is checked off (or opened again) with one tap on it; Move up and Move down
 * reorder without dragging; a stuck step offers to work it through.
 */
@Composable
fun GoalScreen(view: GoalDetail, areas: List<LifeAreaOption>, drafts: GoalDrafts, actions: GoalActions, modifier: Modifier = Modifier) {
    val goal = view.goal
    val active = goal.status == GoalStatus.ACTIVE
    // A fixed title stays short; the goal's own words scroll with the rest (long at large text).
    ScreenScaffold(title = text("shell-goals-goal"), onBack = actions.onBack, modifier = modifier) {
        if (drafts.goal != null) {
            GoalForm(drafts.goal, areas, { actions.onDrafts(drafts.copy(goal = it)) })
            MainButton(text("shell-save"), { actions.onSave(GoalSave.GOAL) }, tag = "save-goal")
            OtherButton(text("shell-cancel"), { actions.onDrafts(drafts.copy(goal = null)) }, tag = "cancel-goal")
            return@ScreenScaffold
        }
        Text(goal.text, style = MaterialTheme.typography.headlineSmall, modifier = Modifier.semantics { heading() })
        GoalSummary(view)
        Heading(text("shell-goals-steps"))
        if (!active) Text(text("shell-goals-not-active"), style = MaterialTheme.typography.bodyMedium)
        view.steps.forEach { step ->
            StepItem(step, isLast = step == view.steps.last(), active = active, drafts = drafts, actions = actions)
            HorizontalDivider()
        }
        if (active) NewStepField(drafts, actions)
        GoalStatusActions(goal.status, actions)
        OtherButton(text("shell-goals-edit"), {
            actions.onDrafts(drafts.copy(goal = GoalDraft(goal.text, goal.why.orEmpty(), goal.area)))
        }, tag = "edit-goal")
        androidx.compose.foundation.layout
            .Spacer(Modifier.padding(bottom = 16.dp))
    }
}

@Composable
private fun Heading(words: String) {
    Text(words, style = MaterialTheme.typography.titleLarge, modifier = Modifier.padding(top = 8.dp).semantics { heading() })
}

@Composable
private fun GoalSummary(view: GoalDetail) {
    val goal = view.goal
    Surface(color = MaterialTheme.colorScheme.secondaryContainer, shape = MaterialTheme.shapes.medium) {
        Column(Modifier.fillMaxWidth().padding(16.dp), verticalArrangement = Arrangement.spacedBy(4.dp)) {
            goal.why?.let {
                Text(text("shell-goals-why"), style = MaterialTheme.typography.labelLarge)
                Text(it, style = MaterialTheme.typography.bodyLarge)
            }
            Text(goal.areaName, style = MaterialTheme.typography.labelLarge)
            if (goal.status != GoalStatus.ACTIVE) Text(goal.statusName, style = MaterialTheme.typography.titleMedium)
            Text(goal.progress.label, style = MaterialTheme.typography.bodyLarge, modifier = Modifier.testTag("progress"))
            // Steps that repeat are counted apart, week by week (never done for good).
            goal.progress.repeatingLabel
                ?.takeIf { goal.progress.total > 0u }
                ?.let { Text(it, style = MaterialTheme.typography.bodyLarge) }
            Text(goal.progress.activityLabel, style = MaterialTheme.typography.bodyMedium)
        }
    }
}

@Composable
private fun StepItem(step: Step, isLast: Boolean, active: Boolean, drafts: GoalDrafts, actions: GoalActions) {
    Column(Modifier.fillMaxWidth(), verticalArrangement = Arrangement.spacedBy(2.dp)) {
        val editing = drafts.step?.takeIf { it.stepId == step.id }
        if (editing != null) {
            val label = text("shell-goals-step-edit")
            AnswerField(editing.text, {
                actions.onDrafts(drafts.copy(step = editing.copy(text = it)))
            }, label, Modifier.testTag("step-text"))
            RepeatPicker(editing.repeat, { actions.onDrafts(drafts.copy(step = editing.copy(repeat = it))) }, tagPrefix = "edit-")
            FlowRow(horizontalArrangement = Arrangement.spacedBy(8.dp)) {
                SmallAction(text("shell-save"), { actions.onSave(GoalSave.STEP) }, tag = "save-step")
                SmallAction(text("shell-cancel"), { actions.onDrafts(drafts.copy(step = null)) }, tag = "cancel-step")
            }
            return@Column
        }
        // A repeating step is ticked for today; its rule and this week's count stand under it.
        val checked = step.week?.doneToday ?: step.done
        CheckRow(step.text, checked, { actions.steps.onToggle(step, it) }, Modifier.testTag("step-${step.id}"), enabled = active)
        step.repeatLabel?.let { rule ->
            val week = step.week?.label?.let { " · $it" }.orEmpty()
            Text(
                rule + week,
                style = MaterialTheme.typography.bodyLarge,
                modifier = Modifier.padding(start = 48.dp).testTag("week-${step.id}"),
            )
        }
        step.statusLabel?.let { Text(it, style = MaterialTheme.typography.bodyMedium, modifier = Modifier.padding(start = 48.dp)) }
        step.assignmentLabel?.let { Text(it, style = MaterialTheme.typography.bodyMedium, modifier = Modifier.padding(start = 48.dp)) }
        if (active && step.stalled && !step.done) {
            Text(text("shell-goals-stuck"), style = MaterialTheme.typography.bodyMedium, modifier = Modifier.padding(start = 48.dp))
        }
        step.plans.filter { it.followedUpAt == null }.forEach { OpenPlan(it, actions) }
        if (active) StepActions(step, isLast, drafts, actions)
    }
}

@Composable
private fun OpenPlan(plan: ProblemSolving, actions: GoalActions) {
    Surface(
        color = MaterialTheme.colorScheme.tertiaryContainer,
        shape = MaterialTheme.shapes.medium,
        modifier = Modifier.fillMaxWidth().padding(start = 48.dp),
    ) {
        Column(Modifier.padding(12.dp), verticalArrangement = Arrangement.spacedBy(2.dp)) {
            Text(text("shell-goals-plan-action"), style = MaterialTheme.typography.labelLarge)
            Text(plan.firstAction, style = MaterialTheme.typography.bodyMedium)
            Text(text("shell-goals-plan-look-back-on"), style = MaterialTheme.typography.labelLarge)
            Text(plan.followUpLabel, style = MaterialTheme.typography.bodyMedium)
            OtherButton(text("shell-goals-look-back-open"), { actions.steps.onLookBack(plan.id) }, tag = "look-back-${plan.id}")
        }
    }
}

@Composable
private fun StepActions(step: Step, isLast: Boolean, drafts: GoalDrafts, actions: GoalActions) {
    FlowRow(Modifier.padding(start = 36.dp), horizontalArrangement = Arrangement.spacedBy(4.dp)) {
        if (step.position > 1u) SmallAction(text("shell-goals-move-up"), { actions.steps.onMove(step, -1) }, tag = "up-${step.id}")
        if (!isLast) SmallAction(text("shell-goals-move-down"), { actions.steps.onMove(step, 1) }, tag = "down-${step.id}")
        SmallAction(text("shell-goals-step-change"), {
            actions.onDrafts(drafts.copy(step = StepDraft(step.id, step.text, RepeatDraft.of(step.repeat))))
        }, tag = "edit-${step.id}")
        if (step.stalled &&
            !step.done
        ) {
            SmallAction(text("shell-goals-work-through"), { actions.steps.onSolve(step.id) }, tag = "solve-${step.id}")
        }
    }
}

@Composable
private fun NewStepField(drafts: GoalDrafts, actions: GoalActions) {
    val ask = text("shell-goals-ask-step")
    Question(ask, Modifier.padding(top = 8.dp), small = true)
    AnswerField(drafts.newStep, { actions.onDrafts(drafts.copy(newStep = it)) }, ask, Modifier.testTag("new-step"), minLines = 1)
    RepeatPicker(drafts.newStepRepeat, { actions.onDrafts(drafts.copy(newStepRepeat = it)) })
    MainButton(text("shell-goals-add-step"), { actions.onSave(GoalSave.NEW_STEP) }, tag = "add-step")
}

@Composable
private fun GoalStatusActions(status: GoalStatus, actions: GoalActions) {
    Heading(text("shell-goals-status"))
    if (status == GoalStatus.ACTIVE) {
        OtherButton(text("shell-goals-reach"), { actions.onStatus(GoalStatus.REACHED) }, tag = "reach")
        OtherButton(text("shell-goals-set-aside"), { actions.onStatus(GoalStatus.SET_ASIDE) }, tag = "set-aside")
    } else {
        OtherButton(text("shell-goals-resume"), { actions.onStatus(GoalStatus.ACTIVE) }, tag = "resume")
    }
}

/** Reads one goal with its steps from the core and passes back what the person did to it. */
class GoalState(private val core: AppCore, private val goalId: String) {
    var view by mutableStateOf<GoalDetail?>(null)
        private set
    var areas by mutableStateOf<List<LifeAreaOption>>(emptyList())
        private set

    /** What the person is writing; it stays when the core refuses it. */
    var drafts by mutableStateOf(GoalDrafts())

    fun load() {
        core.read { it.goal(goalId) }?.let { view = it }
        // Read again on every load: the names follow a change of language.
        core.read { it.lifeAreas() }?.let { areas = it }
    }

    fun toggle(step: Step, done: Boolean) {
        core.write { if (done) it.completeStep(step.id) else it.undoStep(step.id) }
    }

    /** One place up (-1) or down (+1); the core says what the new order is. */
    fun move(step: Step, by: Int) {
        core.write { it.moveStep(step.id, (step.position.toInt() + by).toUInt()) }
    }

    fun setStatus(status: GoalStatus) {
        core.write {
            when (status) {
                GoalStatus.REACHED -> it.reachGoal(goalId)
                GoalStatus.SET_ASIDE -> it.setGoalAside(goalId)
                GoalStatus.ACTIVE -> it.resumeGoal(goalId)
            }
        }
    }

    fun save(which: GoalSave) {
        when (which) {
            GoalSave.GOAL -> saveGoal()
            GoalSave.STEP -> saveStep()
            GoalSave.NEW_STEP -> addStep()
        }
    }

    private fun saveGoal() {
        val goal = drafts.goal ?: return
        core.write { it.editGoal(goalId, GoalEdit(goal.text, goal.why, goal.area, null)) } ?: return
        drafts = drafts.copy(goal = null)
    }

    private fun saveStep() {
        val step = drafts.step ?: return
        val rule = step.repeat.rule()
        core.write { it.editStep(step.stepId, StepEdit(step.text, null, null, repeat = rule, oneOff = rule == null)) } ?: return
        drafts = drafts.copy(step = null)
    }

    private fun addStep() {
        core.write { it.addStep(goalId, NewStep(drafts.newStep, null, null, repeat = drafts.newStepRepeat.rule())) } ?: return
        drafts = drafts.copy(newStep = "", newStepRepeat = RepeatDraft())
    }
}

@Composable
fun GoalRoute(core: AppCore, navigator: Navigator, goalId: String) {
    val state = remember(core, goalId) { GoalState(core, goalId) }
    LaunchedEffect(core.revision) { state.load() }
    val view = state.view
    if (view == null) {
        // Not read (yet, or the core refused and the banner says why): a way back.
        ScreenScaffold(title = text("shell-nav-goals"), onBack = navigator::back) {}
        return
    }
    GoalScreen(
        view = view,
        areas = state.areas,
        drafts = state.drafts,
        actions =
            GoalActions(
                steps =
                    StepCallbacks(
                        onToggle = state::toggle,
                        onMove = state::move,
                        onSolve = { navigator.open(Routes.solveOf(it)) },
                        onLookBack = { navigator.open(Routes.lookBackOf(it)) },
                    ),
                onDrafts = { state.drafts = it },
                onSave = state::save,
                onStatus = state::setStatus,
                onBack = navigator::back,
            ),
    )
}
