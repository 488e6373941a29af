package no.stegvis.ui.goals

import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.FlowRow
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.padding
import androidx.compose.material3.Card
import androidx.compose.material3.MaterialTheme
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
import no.stegvis.core.Goal
import no.stegvis.core.GoalFilter
import no.stegvis.core.GoalStatus
import no.stegvis.core.LifeArea
import no.stegvis.core.LifeAreaOption
import no.stegvis.core.NewGoal
import no.stegvis.ui.AppCore
import no.stegvis.ui.Navigator
import no.stegvis.ui.Routes
import no.stegvis.ui.components.ScreenScaffold
import no.stegvis.ui.text.text

/** What the person has written for a goal so far; kept by the screen's state holder. */
data class GoalDraft(val text: String = "", val why: String = "", val area: LifeArea = LifeArea.OTHER)

/** The goals as the core lists them (with its progress words) and which ones are shown. */
data class GoalsView(val goals: List<Goal>, val filter: GoalFilter)

/** What the person can do on the goals screen. */
class GoalsActions(
    val onOpen: (goalId: String) -> Unit,
    val onFilter: (GoalFilter) -> Unit,
    val onDraft: (GoalDraft?) -> Unit,
    val onSave: () -> Unit,
    val onBack: () -> Unit,
)

/**
 * The person's goals, each with the core's progress in words; goals being worked on
 * first, reached and set-aside ones one tap away. [draft] is a goal being written
 * (null: the list with an "Add a goal" button).
 */
@Composable
fun GoalsScreen(view: GoalsView, areas: List<LifeAreaOption>, draft: GoalDraft?, actions: GoalsActions, modifier: Modifier = Modifier) {
    ScreenScaffold(title = text("shell-nav-goals"), onBack = actions.onBack, modifier = modifier) {
        if (draft != null) {
            GoalForm(draft, areas, actions.onDraft)
            MainButton(text("shell-save"), actions.onSave, tag = "save-goal")
            OtherButton(text("shell-cancel"), { actions.onDraft(null) }, tag = "cancel-goal")
            return@ScreenScaffold
        }
        MainButton(text("shell-goals-add"), { actions.onDraft(GoalDraft()) }, tag = "add-goal")
        FilterChoice(view.filter, actions.onFilter)
        if (view.goals.isEmpty()) {
            Text(text("shell-goals-none"), style = MaterialTheme.typography.bodyLarge)
        }
        // Active first; reached and set-aside goals under the core's name for their status.
        listOf(GoalStatus.ACTIVE, GoalStatus.REACHED, GoalStatus.SET_ASIDE).forEach { status ->
            val group = view.goals.filter { it.status == status }
            if (group.isNotEmpty() && view.filter == GoalFilter.ALL) GroupHeading(group.first().statusName)
            group.forEach { GoalCard(it, onOpen = { actions.onOpen(it.id) }) }
        }
        Spacer()
    }
}

@Composable
private fun FilterChoice(filter: GoalFilter, onFilter: (GoalFilter) -> Unit) {
    FlowRow(horizontalArrangement = Arrangement.spacedBy(8.dp)) {
        OutlinedChoice(text("shell-goals-filter-active"), filter == GoalFilter.ACTIVE, {
            onFilter(GoalFilter.ACTIVE)
        }, Modifier.testTag("filter-active"))
        OutlinedChoice(text("shell-goals-filter-all"), filter == GoalFilter.ALL, {
            onFilter(GoalFilter.ALL)
        }, Modifier.testTag("filter-all"))
    }
}

@Composable
private fun GroupHeading(words: String) {
    Text(words, style = MaterialTheme.typography.titleMedium, modifier = Modifier.padding(top = 8.dp).semantics { heading() })
}

@Composable
private fun GoalCard(goal: Goal, onOpen: () -> Unit) {
    Card(onClick = onOpen, modifier = Modifier.fillMaxWidth().testTag("goal-${goal.id}")) {
        Column(Modifier.padding(16.dp), verticalArrangement = Arrangement.spacedBy(4.dp)) {
            Text(goal.text, style = MaterialTheme.typography.titleMedium)
            Text(goal.areaName, style = MaterialTheme.typography.labelLarge, color = MaterialTheme.colorScheme.primary)
            Text(goal.progress.label, style = MaterialTheme.typography.bodyMedium)
            Text(goal.progress.activityLabel, style = MaterialTheme.typography.bodyMedium)
        }
    }
}

@Composable
private fun Spacer() {
    androidx.compose.foundation.layout
        .Spacer(Modifier.padding(bottom = 16.dp))
}

/** Reads the goals and life areas from the core and passes back a new goal or a filter. */
class GoalsState(private val core: AppCore) {
    var view by mutableStateOf(GoalsView(emptyList(), GoalFilter.ACTIVE))
        private set
    var areas by mutableStateOf<List<LifeAreaOption>>(emptyList())
        private set

    /** A goal being written; kept while the person is on the screen, even if the core refuses it. */
    var draft by mutableStateOf<GoalDraft?>(null)

    fun load() {
        core.read { it.listGoals(view.filter) }?.let { view = view.copy(goals = it) }
        // Read again on every load: the names follow a change of language.
        core.read { it.lifeAreas() }?.let { areas = it }
    }

    fun filter(filter: GoalFilter) {
        view = view.copy(filter = filter)
        load()
    }

    /** Saves the draft; it stays on screen when the core refuses it, so nothing is lost. */
    fun save(): Goal? {
        val goal = draft ?: return null
        return core.write { it.addGoal(NewGoal(goal.text, goal.why.ifBlank { null }, goal.area)) }?.also { draft = null }
    }
}

@Composable
fun GoalsRoute(core: AppCore, navigator: Navigator) {
    val state = remember(core) { GoalsState(core) }
    LaunchedEffect(core.revision) { state.load() }
    GoalsScreen(
        view = state.view,
        areas = state.areas,
        draft = state.draft,
        actions =
            GoalsActions(
                onOpen = { navigator.open(Routes.goalOf(it)) },
                onFilter = state::filter,
                onDraft = { state.draft = it },
                onSave = { state.save()?.let { navigator.open(Routes.goalOf(it.id)) } },
                onBack = navigator::back,
            ),
    )
}
