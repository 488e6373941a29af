package no.stegvis.ui.goals.solve

import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.padding
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
import androidx.compose.ui.unit.dp
import no.stegvis.core.FollowUpChoice
import no.stegvis.core.LookBackInput
import no.stegvis.core.LookBackOutcome
import no.stegvis.core.LookBackPrompts
import no.stegvis.core.ProblemSolving
import no.stegvis.core.SolvePrompts
import no.stegvis.ui.AppCore
import no.stegvis.ui.Navigator
import no.stegvis.ui.Routes
import no.stegvis.ui.components.ChoiceRow
import no.stegvis.ui.components.ScreenScaffold
import no.stegvis.ui.goals.MainButton
import no.stegvis.ui.goals.OtherButton
import no.stegvis.ui.goals.Question
import no.stegvis.ui.text.text

/** The look-back's questions, one per screen; then what comes next. */
enum class LookBackPage { OUTCOME, NOTE, NEXT, NEXT_ACTION, NEXT_DAY, FINISHED }

/** The plan looked back at and the core's words for the questions. */
data class LookBackView(
    val plan: ProblemSolving,
    val prompts: LookBackPrompts,
    val solvePrompts: SolvePrompts,
    val days: List<FollowUpChoice>,
)

/** What the person answered so far. */
data class LookBackDraft(
    val outcome: LookBackOutcome? = null,
    val note: String = "",
    val nextAction: String = "",
    val nextDate: String? = null,
)

/** What the person can do while looking back. */
class LookBackActions(
    val onDraft: (LookBackDraft) -> Unit,
    val onNext: () -> Unit,
    val onSave: () -> Unit,
    val onNewPlan: () -> Unit,
    val onDone: () -> Unit,
    val onBack: () -> Unit,
)

/**
 * Looking back at a plan on its day: how it went (helped, partly, not yet), a note,
 * then the core's next step: another idea from the same plan, a new plan, or done.
 */
@Composable
fun LookBackScreen(view: LookBackView, draft: LookBackDraft, page: LookBackPage, actions: LookBackActions, modifier: Modifier = Modifier) {
    ScreenScaffold(title = text("shell-goals-look-back-title"), onBack = actions.onBack, modifier = modifier) {
        when (page) {
            LookBackPage.OUTCOME -> {
                OutcomePage(view, draft, actions)
            }

            LookBackPage.NOTE -> {
                TextQuestion(view.prompts.note, draft.note, { actions.onDraft(draft.copy(note = it)) }, "look-back-note")
                MainButton(text("shell-save"), actions.onSave, tag = "look-back-save")
            }

            LookBackPage.NEXT -> {
                NextPage(view, actions)
            }

            LookBackPage.NEXT_ACTION -> {
                TextQuestion(view.solvePrompts.firstAction, draft.nextAction, {
                    actions.onDraft(draft.copy(nextAction = it))
                }, "next-action")
                MainButton(text("shell-goals-next"), actions.onNext, tag = "look-back-next")
            }

            LookBackPage.NEXT_DAY -> {
                DayQuestion(view.days, draft.nextDate) { actions.onDraft(draft.copy(nextDate = it)) }
                MainButton(text("shell-goals-solve-save"), actions.onSave, tag = "look-back-save")
            }

            LookBackPage.FINISHED -> {
                Question(text("shell-goals-solve-saved"))
                Text(text("shell-goals-plan-look-back-on"), style = MaterialTheme.typography.labelLarge)
                Text(view.plan.followUpLabel, style = MaterialTheme.typography.bodyLarge)
                MainButton(text("shell-done"), actions.onDone, tag = "look-back-done")
            }
        }
    }
}

@Composable
private fun OutcomePage(view: LookBackView, draft: LookBackDraft, actions: LookBackActions) {
    PlanSummary(view.plan)
    Question(view.prompts.question)
    view.prompts.outcomes.zip(view.prompts.outcomeLabels).forEach { (outcome, label) ->
        ChoiceRow(label, draft.outcome == outcome, {
            actions.onDraft(draft.copy(outcome = outcome))
        }, Modifier.testTag("outcome-${outcome.name}"))
    }
    MainButton(text("shell-goals-next"), actions.onNext, tag = "look-back-next")
}

@Composable
private fun PlanSummary(plan: ProblemSolving) {
    Surface(color = MaterialTheme.colorScheme.secondaryContainer, shape = MaterialTheme.shapes.medium) {
        Column(Modifier.fillMaxWidth().padding(16.dp), verticalArrangement = Arrangement.spacedBy(4.dp)) {
            Text(text("shell-goals-look-back-problem"), style = MaterialTheme.typography.labelLarge)
            Text(plan.problem, style = MaterialTheme.typography.bodyLarge)
            plan.options.getOrNull(plan.chosen.toInt() - 1)?.let {
                Text(text("shell-goals-look-back-idea"), style = MaterialTheme.typography.labelLarge)
                Text(it.text, style = MaterialTheme.typography.bodyLarge)
            }
            Text(text("shell-goals-plan-action"), style = MaterialTheme.typography.labelLarge)
            Text(plan.firstAction, style = MaterialTheme.typography.bodyLarge)
        }
    }
}

@Composable
private fun NextPage(view: LookBackView, actions: LookBackActions) {
    val plan = view.plan
    Question(text("shell-goals-look-back-thanks"))
    plan.outcomeLabel?.let { Text(it, style = MaterialTheme.typography.bodyLarge) }
    plan.nextOption?.let { next ->
        plan.options.getOrNull(next.toInt() - 1)?.let { idea ->
            Text(text("shell-goals-look-back-next-idea"), style = MaterialTheme.typography.labelLarge)
            Text(idea.text, style = MaterialTheme.typography.bodyLarge)
            MainButton(view.prompts.tryNext, actions.onNext, tag = "try-next")
        }
    }
    OtherButton(view.prompts.newPlan, actions.onNewPlan, tag = "new-plan")
    OtherButton(text("shell-done"), actions.onDone, tag = "look-back-done")
}

/** Reads a plan and its questions from the core and passes back how it went and what is next. */
class LookBackState(private val core: AppCore, private val planId: String) {
    var view by mutableStateOf<LookBackView?>(null)
        private set
    var draft by mutableStateOf(LookBackDraft())
    var page by mutableStateOf(LookBackPage.OUTCOME)
        private set
    private var next: ProblemSolving? = null

    fun load() {
        val first = view == null
        val loaded =
            core.read { c ->
                LookBackView(c.problemSolving(planId), c.lookBackPrompts(), c.solvePrompts(), c.followUpChoices())
            } ?: return
        view = next?.let { loaded.copy(plan = it) } ?: loaded
        // Already looked back at (from another screen): straight to what comes next.
        if (first && loaded.plan.followedUpAt != null) page = LookBackPage.NEXT
    }

    fun next() {
        page =
            when (page) {
                LookBackPage.OUTCOME -> LookBackPage.NOTE
                LookBackPage.NEXT -> LookBackPage.NEXT_ACTION
                LookBackPage.NEXT_ACTION -> LookBackPage.NEXT_DAY
                else -> page
            }
    }

    /** Back one question; false where back leaves the look-back. */
    fun back(): Boolean {
        page =
            when (page) {
                LookBackPage.NOTE -> LookBackPage.OUTCOME
                LookBackPage.NEXT_ACTION -> LookBackPage.NEXT
                LookBackPage.NEXT_DAY -> LookBackPage.NEXT_ACTION
                else -> return false
            }
        return true
    }

    /** Saves the page's answers: how it went, or the next idea's plan. */
    fun save() {
        when (page) {
            LookBackPage.NOTE -> saveAnswer()
            LookBackPage.NEXT_DAY -> saveNextTry()
            else -> Unit
        }
    }

    private fun saveAnswer() {
        val answer = LookBackInput(draft.outcome, draft.note.ifBlank { null })
        if (core.write { it.lookBack(planId, answer) } != null) page = LookBackPage.NEXT
    }

    private fun saveNextTry() {
        val option = view?.plan?.nextOption ?: return
        val made = core.write { it.tryNextOption(planId, option, draft.nextAction, draft.nextDate.orEmpty()) } ?: return
        next = made
        view = view?.copy(plan = made)
        page = LookBackPage.FINISHED
    }
}

@Composable
fun LookBackRoute(core: AppCore, navigator: Navigator, planId: String) {
    val state = remember(core, planId) { LookBackState(core, planId) }
    LaunchedEffect(core.revision) { state.load() }
    val view = state.view
    if (view == null) {
        ScreenScaffold(title = text("shell-goals-look-back-title"), onBack = navigator::back) {}
        return
    }
    LookBackScreen(
        view = view,
        draft = state.draft,
        page = state.page,
        actions =
            LookBackActions(
                onDraft = { state.draft = it },
                onNext = state::next,
                onSave = state::save,
                onNewPlan = { navigator.open(Routes.solveOf(view.plan.stepId)) },
                onDone = navigator::back,
                onBack = { if (!state.back()) navigator.back() },
            ),
    )
}
