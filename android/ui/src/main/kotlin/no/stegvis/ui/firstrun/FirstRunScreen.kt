package no.stegvis.ui.firstrun

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
import no.stegvis.core.CatalogSign
import no.stegvis.core.GoalEdit
import no.stegvis.core.LifeAreaOption
import no.stegvis.core.NewGoal
import no.stegvis.core.NewSign
import no.stegvis.ui.AppCore
import no.stegvis.ui.Navigator
import no.stegvis.ui.components.ScreenScaffold
import no.stegvis.ui.goals.AnswerField
import no.stegvis.ui.goals.CheckRow
import no.stegvis.ui.goals.GoalDraft
import no.stegvis.ui.goals.GoalForm
import no.stegvis.ui.goals.MainButton
import no.stegvis.ui.goals.OtherButton
import no.stegvis.ui.goals.Question
import no.stegvis.ui.text.text

/** The parts of the first run, in order. */
enum class FirstRunPage { WELCOME, GOAL, SIGNS, CHECKIN }

/** What the first run shows: the core's life areas and sign catalog, and what the person chose so far. */
data class FirstRunView(
    val areas: List<LifeAreaOption>,
    val catalog: List<CatalogSign>,
    val goal: GoalDraft = GoalDraft(),
    /** Catalog keys ticked. */
    val signs: Set<String> = emptySet(),
    /** The check-in time as the core reads it (`HH:MM`), or as the person changed it. */
    val checkinTime: String = "",
)

/** What the person can do in the first run: change an answer, save and go on, or skip. */
class FirstRunActions(val onView: (FirstRunView) -> Unit, val onSaveAndGoOn: () -> Unit, val onSkip: () -> Unit, val onBack: () -> Unit)

/**
 * The first time Stegvis opens: a warm welcome, then a first goal, first signs and a
 * check-in time. Every part can be skipped, and each part is saved as the person moves on,
 * so leaving halfway loses nothing.
 */
@Composable
fun FirstRunScreen(view: FirstRunView, page: FirstRunPage, actions: FirstRunActions, modifier: Modifier = Modifier) {
    val title =
        when (page) {
            FirstRunPage.WELCOME -> "shell-firstrun-title"
            FirstRunPage.GOAL -> "shell-firstrun-goal-title"
            FirstRunPage.SIGNS -> "shell-firstrun-signs-title"
            FirstRunPage.CHECKIN -> "shell-firstrun-checkin-title"
        }
    val back = actions.onBack.takeIf { page != FirstRunPage.WELCOME }
    ScreenScaffold(title = text(title), onBack = back, modifier = modifier) {
        when (page) {
            FirstRunPage.WELCOME -> {
                Welcome(actions)
            }

            FirstRunPage.GOAL -> {
                Text(text("shell-firstrun-goal-intro"), style = MaterialTheme.typography.bodyLarge)
                GoalForm(view.goal, view.areas, { actions.onView(view.copy(goal = it)) })
                Buttons(actions, "shell-firstrun-save-next")
            }

            FirstRunPage.SIGNS -> {
                Text(text("shell-firstrun-signs-intro"), style = MaterialTheme.typography.bodyLarge)
                view.catalog.forEach { sign ->
                    val ticked = sign.key in view.signs
                    CheckRow(sign.name, ticked, { on ->
                        actions.onView(view.copy(signs = if (on) view.signs + sign.key else view.signs - sign.key))
                    }, Modifier.testTag("sign-${sign.key}"))
                }
                Buttons(actions, "shell-firstrun-save-next")
            }

            FirstRunPage.CHECKIN -> {
                val ask = text("shell-firstrun-checkin-ask")
                Question(ask)
                Text(text("shell-firstrun-checkin-intro"), style = MaterialTheme.typography.bodyLarge)
                AnswerField(view.checkinTime, {
                    actions.onView(view.copy(checkinTime = it))
                }, ask, Modifier.testTag("checkin-time"), minLines = 1)
                Buttons(actions, "shell-firstrun-finish")
            }
        }
    }
}

@Composable
private fun Welcome(actions: FirstRunActions) {
    Text(text("shell-firstrun-body"), style = MaterialTheme.typography.bodyLarge)
    Text(text("shell-firstrun-private"), style = MaterialTheme.typography.bodyLarge)
    Text(text("shell-firstrun-no-hurry"), style = MaterialTheme.typography.bodyLarge)
    MainButton(text("shell-firstrun-start"), actions.onSaveAndGoOn, tag = "firstrun-next")
    OtherButton(text("shell-firstrun-skip-all"), actions.onSkip, tag = "firstrun-skip")
}

@Composable
private fun Buttons(actions: FirstRunActions, save: String) {
    MainButton(text(save), actions.onSaveAndGoOn, tag = "firstrun-next")
    OtherButton(text("shell-firstrun-not-now"), actions.onSkip, tag = "firstrun-skip")
}

/**
 * The first run's answers and where the person is. Each part is passed to the core when
 * the person moves on; going back and changing an answer changes what was saved, not a copy.
 */
class FirstRunState(private val core: AppCore) {
    var view by mutableStateOf(FirstRunView(emptyList(), emptyList()))
    var page by mutableStateOf(FirstRunPage.WELCOME)
        private set

    /** The person is done: Today. */
    var finished by mutableStateOf(false)
        private set
    private var goalId: String? = null
    private val signIds = mutableMapOf<String, String>()
    private var loaded = false

    fun load() {
        if (loaded) return
        view = core.read { c ->
            view.copy(areas = c.lifeAreas(), catalog = c.signCatalog(), checkinTime = c.reminderSettings().checkinTime.orEmpty())
        } ?: return
        loaded = true
    }

    /** Saves this part (when something was written or ticked) and goes on; stays if the core refuses. */
    fun saveAndGoOn() {
        val saved =
            when (page) {
                FirstRunPage.WELCOME -> true
                FirstRunPage.GOAL -> saveGoal()
                FirstRunPage.SIGNS -> saveSigns()
                FirstRunPage.CHECKIN -> saveCheckinTime()
            }
        if (saved) goOn()
    }

    /** Leaves this part as it is and goes on; from the welcome, straight to Today. */
    fun skip() {
        if (page == FirstRunPage.WELCOME) finished = true else goOn()
    }

    /** Back one part; false on the welcome. */
    fun back(): Boolean {
        if (page == FirstRunPage.WELCOME) return false
        page = FirstRunPage.entries[page.ordinal - 1]
        return true
    }

    private fun goOn() {
        if (page == FirstRunPage.CHECKIN) finished = true else page = FirstRunPage.entries[page.ordinal + 1]
    }

    private fun saveGoal(): Boolean {
        val goal = view.goal
        val id = goalId
        if (goal.text.isBlank() && id == null) return true
        val saved =
            if (id == null) {
                core.write { it.addGoal(NewGoal(goal.text, goal.why.ifBlank { null }, goal.area)) }
            } else {
                core.write { it.editGoal(id, GoalEdit(goal.text, goal.why, goal.area, null)) }
            }
        saved?.let { goalId = it.id }
        return saved != null
    }

    /** Adds the ticked signs not yet added, retires those unticked after going back. */
    private fun saveSigns(): Boolean {
        val added =
            (view.signs - signIds.keys).all { key ->
                core.write { it.addSign(NewSign(key, null, false)) }?.also { signIds[key] = it.id } != null
            }
        return added &&
            (signIds.keys - view.signs).all { key ->
                core.write { it.retireSign(signIds.getValue(key)) }?.also { signIds.remove(key) } != null
            }
    }

    /** Keeps the time when the person changed it; the core checks it is a time of day. */
    private fun saveCheckinTime(): Boolean {
        val time = view.checkinTime
        val current = core.read { it.reminderSettings() }
        return when {
            current == null -> false
            time.isBlank() || time == current.checkinTime -> true
            else -> core.write { it.setReminderSettings(current.copy(checkinTime = time)) } != null
        }
    }
}

@Composable
fun FirstRunRoute(core: AppCore, navigator: Navigator) {
    val state = remember(core) { FirstRunState(core) }
    LaunchedEffect(core.revision) { state.load() }
    LaunchedEffect(state.finished) { if (state.finished) navigator.home() }
    FirstRunScreen(
        view = state.view,
        page = state.page,
        actions =
            FirstRunActions(
                onView = { state.view = it },
                onSaveAndGoOn = state::saveAndGoOn,
                onSkip = state::skip,
                onBack = { if (!state.back()) navigator.back() },
            ),
    )
}
