package no.stegvis.ui.goals.solve

import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.Row
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
import androidx.compose.ui.Alignment
import androidx.compose.ui.Modifier
import androidx.compose.ui.platform.testTag
import androidx.compose.ui.unit.dp
import no.stegvis.core.FollowUpChoice
import no.stegvis.core.ProblemSolving
import no.stegvis.core.ProblemSolvingInput
import no.stegvis.core.SolveOption
import no.stegvis.core.SolvePrompts
import no.stegvis.ui.AppCore
import no.stegvis.ui.Navigator
import no.stegvis.ui.components.ChoiceRow
import no.stegvis.ui.components.ScreenScaffold
import no.stegvis.ui.goals.AnswerField
import no.stegvis.ui.goals.MainButton
import no.stegvis.ui.goals.OtherButton
import no.stegvis.ui.goals.Question
import no.stegvis.ui.goals.SmallAction
import no.stegvis.ui.text.text

/** One idea and what the person wrote about it so far. */
data class IdeaDraft(val text: String, val good: String = "", val hard: String = "")

/** Everything written in the problem-solving flow so far; nothing is sent until the last question. */
data class SolveDraft(
    val problem: String = "",
    val ideas: List<IdeaDraft> = emptyList(),
    val newIdea: String = "",
    /** 0-based index into [ideas]. */
    val chosen: Int? = null,
    val firstAction: String = "",
    val followUpDate: String? = null,
)

/** The questions, one per screen, in order; the weighing ones once per idea. */
sealed interface SolvePage {
    data object Problem : SolvePage

    data object Ideas : SolvePage

    data class Good(val idea: Int) : SolvePage

    data class Hard(val idea: Int) : SolvePage

    data object Choose : SolvePage

    data object FirstAction : SolvePage

    data object Day : SolvePage
}

/** The pages for [draft]: the weighing questions follow the ideas written. */
fun solvePages(draft: SolveDraft): List<SolvePage> = listOf(SolvePage.Problem, SolvePage.Ideas) +
    draft.ideas.indices.flatMap { listOf(SolvePage.Good(it), SolvePage.Hard(it)) } +
    listOf(SolvePage.Choose, SolvePage.FirstAction, SolvePage.Day)

/** The core's questions for the flow: its prompts, the weighing questions per idea, the days offered. */
data class SolveQuestions(
    val prompts: SolvePrompts,
    /** Per idea text: (what is good, what is hard), in the core's words. */
    val weigh: Map<String, List<String>>,
    val days: List<FollowUpChoice>,
)

/** What the person can do in the flow. */
class SolveActions(
    val onDraft: (SolveDraft) -> Unit,
    val onAddIdea: () -> Unit,
    val onNext: () -> Unit,
    val onSave: () -> Unit,
    val onBack: () -> Unit,
)

/**
 * IMR problem solving for a stuck step, one question per screen with the core's words:
 * the problem, ideas, the good and hard sides of each, which to try, the first action
 * and a day to look back. Back returns to the previous question with every answer kept.
 */
@Composable
fun SolveScreen(questions: SolveQuestions, draft: SolveDraft, page: SolvePage, actions: SolveActions, modifier: Modifier = Modifier) {
    ScreenScaffold(title = text("shell-goals-solve-title"), onBack = actions.onBack, modifier = modifier) {
        val prompts = questions.prompts
        when (page) {
            SolvePage.Problem -> {
                Text(prompts.intro, style = MaterialTheme.typography.bodyLarge)
                TextQuestion(prompts.problem, draft.problem, { actions.onDraft(draft.copy(problem = it)) }, "solve-problem")
            }

            SolvePage.Ideas -> {
                IdeasPage(prompts.options, draft, actions)
            }

            is SolvePage.Good -> {
                WeighPage(questions, draft, page.idea, good = true, actions)
            }

            is SolvePage.Hard -> {
                WeighPage(questions, draft, page.idea, good = false, actions)
            }

            SolvePage.Choose -> {
                Question(prompts.choose)
                draft.ideas.forEachIndexed { i, idea ->
                    ChoiceRow(idea.text, draft.chosen == i, { actions.onDraft(draft.copy(chosen = i)) }, Modifier.testTag("choose-$i"))
                }
            }

            SolvePage.FirstAction -> {
                TextQuestion(prompts.firstAction, draft.firstAction, { actions.onDraft(draft.copy(firstAction = it)) }, "solve-action")
            }

            SolvePage.Day -> {
                DayQuestion(questions.days, draft.followUpDate) { actions.onDraft(draft.copy(followUpDate = it)) }
            }
        }
        if (page == SolvePage.Day) {
            MainButton(text("shell-goals-solve-save"), actions.onSave, tag = "solve-save")
        } else {
            MainButton(text("shell-goals-next"), actions.onNext, tag = "solve-next")
        }
    }
}

@Composable
internal fun TextQuestion(question: String, value: String, onValue: (String) -> Unit, tag: String) {
    Question(question)
    AnswerField(value, onValue, question, Modifier.testTag(tag))
}

@Composable
internal fun DayQuestion(days: List<FollowUpChoice>, chosen: String?, onChoose: (String) -> Unit) {
    Question(text("shell-goals-solve-ask-day"))
    days.forEachIndexed { i, day -> ChoiceRow(day.label, chosen == day.date, { onChoose(day.date) }, Modifier.testTag("day-$i")) }
}

@Composable
private fun IdeasPage(question: String, draft: SolveDraft, actions: SolveActions) {
    Question(question)
    draft.ideas.forEachIndexed { i, idea ->
        Surface(color = MaterialTheme.colorScheme.secondaryContainer, shape = MaterialTheme.shapes.medium) {
            Row(Modifier.fillMaxWidth().padding(start = 16.dp), verticalAlignment = Alignment.CenterVertically) {
                Text(idea.text, style = MaterialTheme.typography.bodyLarge, modifier = Modifier.weight(1f).padding(vertical = 8.dp))
                SmallAction(text("shell-goals-solve-remove-idea"), {
                    actions.onDraft(draft.copy(ideas = draft.ideas.filterIndexed { j, _ -> j != i }, chosen = null))
                }, tag = "remove-idea-$i")
            }
        }
    }
    val label = text("shell-goals-solve-new-idea")
    AnswerField(draft.newIdea, { actions.onDraft(draft.copy(newIdea = it)) }, label, Modifier.testTag("solve-idea"), minLines = 1)
    OtherButton(text("shell-goals-solve-add-idea"), actions.onAddIdea, tag = "solve-add-idea")
}

@Composable
private fun WeighPage(questions: SolveQuestions, draft: SolveDraft, index: Int, good: Boolean, actions: SolveActions) {
    val idea = draft.ideas.getOrNull(index) ?: return
    val question = questions.weigh[idea.text]?.getOrNull(if (good) 0 else 1) ?: return
    val update = { words: String ->
        val changed = if (good) idea.copy(good = words) else idea.copy(hard = words)
        actions.onDraft(draft.copy(ideas = draft.ideas.mapIndexed { j, other -> if (j == index) changed else other }))
    }
    TextQuestion(question, if (good) idea.good else idea.hard, update, if (good) "solve-good" else "solve-hard")
}

/** The plan as saved: what to do first and when the core will ask how it went. */
@Composable
fun SolveSavedScreen(plan: ProblemSolving, onDone: () -> Unit, modifier: Modifier = Modifier) {
    ScreenScaffold(title = text("shell-goals-solve-title"), modifier = modifier) {
        Question(text("shell-goals-solve-saved"))
        Column(verticalArrangement = Arrangement.spacedBy(4.dp)) {
            Text(text("shell-goals-plan-action"), style = MaterialTheme.typography.labelLarge)
            Text(plan.firstAction, style = MaterialTheme.typography.bodyLarge)
            Text(text("shell-goals-plan-look-back-on"), style = MaterialTheme.typography.labelLarge)
            Text(plan.followUpLabel, style = MaterialTheme.typography.bodyLarge)
        }
        MainButton(text("shell-done"), onDone, tag = "solve-done")
    }
}

/**
 * The flow's answers and where the person is. Kept per step while the app runs (see
 * [SolveDrafts]), so leaving the flow and coming back finds every answer still there.
 */
class SolveState(private val core: AppCore, private val stepId: String) {
    var draft by mutableStateOf(SolveDraft())
    var pageIndex by mutableStateOf(0)
        private set
    var questions by mutableStateOf<SolveQuestions?>(null)
        private set
    var saved by mutableStateOf<ProblemSolving?>(null)
        private set

    val page: SolvePage get() = solvePages(draft).let { it[pageIndex.coerceAtMost(it.lastIndex)] }

    fun load() {
        val prompts = questions?.prompts ?: core.read { it.solvePrompts() } ?: return
        val days = core.read { it.followUpChoices() } ?: return
        questions = SolveQuestions(prompts, weighFor(questions?.weigh.orEmpty()), days)
    }

    /** The weighing questions for every idea written, asked of the core once per idea. */
    private fun weighFor(known: Map<String, List<String>>): Map<String, List<String>> =
        draft.ideas.associate { idea -> idea.text to (known[idea.text] ?: core.read { it.solveWeighPrompts(idea.text) }.orEmpty()) }

    fun addIdea() {
        val words = draft.newIdea
        if (words.isBlank()) return
        draft = draft.copy(ideas = draft.ideas + IdeaDraft(words.trim()), newIdea = "")
        questions = questions?.copy(weigh = weighFor(questions?.weigh.orEmpty()))
    }

    /** On to the next question; an idea still in the field is kept, not dropped. */
    fun next() {
        if (page == SolvePage.Ideas) {
            addIdea()
            if (draft.ideas.isEmpty()) return
        }
        if (page == SolvePage.Choose && draft.chosen == null && draft.ideas.size == 1) draft = draft.copy(chosen = 0)
        pageIndex = (pageIndex + 1).coerceAtMost(solvePages(draft).lastIndex)
    }

    /** Back one question; false on the first, where back leaves the flow. */
    fun back(): Boolean {
        if (pageIndex == 0) return false
        pageIndex -= 1
        return true
    }

    fun save(): ProblemSolving? {
        val d = draft
        val input =
            ProblemSolvingInput(
                problem = d.problem,
                options = d.ideas.map { SolveOption(it.text, it.good.ifBlank { null }, it.hard.ifBlank { null }) },
                chosen = ((d.chosen ?: -1) + 1).toUInt(),
                firstAction = d.firstAction,
                followUpDate = d.followUpDate.orEmpty(),
            )
        return core.write { it.saveProblemSolving(stepId, input) }?.also {
            saved = it
            SolveDrafts.forget(core, stepId)
        }
    }
}

/** The flows under way, per open core and step, so answers outlive leaving the screen. */
object SolveDrafts {
    private val kept = java.util.WeakHashMap<AppCore, MutableMap<String, SolveState>>()

    fun of(core: AppCore, stepId: String): SolveState =
        synchronized(kept) { kept.getOrPut(core) { mutableMapOf() }.getOrPut(stepId) { SolveState(core, stepId) } }

    fun forget(core: AppCore, stepId: String) {
        synchronized(kept) { kept[core]?.remove(stepId) }
    }
}

@Composable
fun SolveRoute(core: AppCore, navigator: Navigator, stepId: String) {
    val state = remember(core, stepId) { SolveDrafts.of(core, stepId) }
    LaunchedEffect(core.revision) { state.load() }
    val saved = state.saved
    if (saved != null) {
        SolveSavedScreen(saved, onDone = navigator::back)
        return
    }
    val questions = state.questions
    if (questions == null) {
        ScreenScaffold(title = text("shell-goals-solve-title"), onBack = navigator::back) {}
        return
    }
    SolveScreen(
        questions = questions,
        draft = state.draft,
        page = state.page,
        actions =
            SolveActions(
                onDraft = { state.draft = it },
                onAddIdea = state::addIdea,
                onNext = state::next,
                onSave = { state.save() },
                onBack = { if (!state.back()) navigator.back() },
            ),
    )
}
