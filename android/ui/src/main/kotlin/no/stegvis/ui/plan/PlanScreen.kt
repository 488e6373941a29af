package no.stegvis.ui.plan

import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.ExperimentalLayoutApi
import androidx.compose.foundation.layout.FlowRow
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.heightIn
import androidx.compose.foundation.layout.padding
import androidx.compose.material3.Button
import androidx.compose.material3.Card
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.OutlinedButton
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
import no.stegvis.core.PlanItemView
import no.stegvis.core.PlanSection
import no.stegvis.core.PlanSectionView
import no.stegvis.core.PlanView
import no.stegvis.core.StegvisException
import no.stegvis.ui.AppCore
import no.stegvis.ui.LocalPlatform
import no.stegvis.ui.Navigator
import no.stegvis.ui.Routes
import no.stegvis.ui.components.ScreenScaffold
import no.stegvis.ui.components.SectionTitle
import no.stegvis.ui.text.text
import no.stegvis.ui.theme.MinTouch

/** What the person can do from the plan: change a section (by its key), see the history, call a number. */
class PlanActions(val change: (sectionKey: String) -> Unit, val history: () -> Unit, val call: (number: String) -> Unit)

/**
 * The relapse-prevention plan in full, every section in the core's words. A contact
 * with a number is one tap from the dialer. When the core refuses writes, the plan is
 * still shown and [readOnly] (the core's sentence) takes the place of the Change buttons.
 */
@Composable
fun PlanScreen(view: PlanView, readOnly: String?, actions: PlanActions, onBack: () -> Unit, modifier: Modifier = Modifier) {
    val onCall = actions.call
    ScreenScaffold(title = view.title, onBack = onBack, modifier = modifier) {
        Text(view.savedLabel, style = MaterialTheme.typography.bodyMedium)
        if (readOnly != null) ReadOnlyNote(readOnly)
        view.sections.forEach { section ->
            PlanSectionCard(section, editable = readOnly == null, onChange = {
                actions.change(section.key)
            }, onCall = onCall)
        }
        if (view.rules.isNotEmpty()) {
            SectionTitle(text("shell-plan-rules-title"))
            Text(text("shell-plan-rules-hint"), style = MaterialTheme.typography.bodySmall)
            view.rules.forEach { Text(it.description) }
        }
        OutlinedButton(
            onClick = actions.history,
            modifier = Modifier.fillMaxWidth().heightIn(min = MinTouch).testTag("plan-history"),
        ) { Text(text("shell-plan-history")) }
    }
}

@Composable
internal fun ReadOnlyNote(sentence: String) {
    Card(modifier = Modifier.fillMaxWidth().testTag("plan-read-only")) {
        Text(sentence, modifier = Modifier.padding(12.dp), color = MaterialTheme.colorScheme.error)
    }
}

@OptIn(ExperimentalLayoutApi::class)
@Composable
private fun PlanSectionCard(section: PlanSectionView, editable: Boolean, onChange: () -> Unit, onCall: (String) -> Unit) {
    Card(modifier = Modifier.fillMaxWidth()) {
        Column(Modifier.padding(12.dp), verticalArrangement = Arrangement.spacedBy(6.dp)) {
            SectionTitle(section.title)
            if (section.items.isEmpty()) {
                Text(section.hint, style = MaterialTheme.typography.bodySmall)
                Text(text("shell-plan-empty"))
            }
            section.items.forEach { item -> PlanEntry(section.section, item, onCall) }
            if (editable) {
                FlowRow {
                    OutlinedButton(
                        onClick = onChange,
                        modifier = Modifier.heightIn(min = MinTouch).testTag("plan-change-${section.key}"),
                    ) { Text(text("shell-plan-change")) }
                }
            }
        }
    }
}

@Composable
internal fun PlanEntry(section: PlanSection, item: PlanItemView, onCall: ((String) -> Unit)?) {
    Column(verticalArrangement = Arrangement.spacedBy(2.dp)) {
        Text(item.text, style = MaterialTheme.typography.bodyLarge)
        item.detail?.let { Text(it, style = MaterialTheme.typography.bodyMedium) }
        // The core picks the number out of how to reach them; words without one get no button.
        val number = item.phone
        if (section == PlanSection.CONTACTS && number != null && onCall != null) {
            Button(
                onClick = { onCall(number) },
                modifier = Modifier.fillMaxWidth().heightIn(min = MinTouch).testTag("plan-call-${item.number}"),
            ) {
                Column(horizontalAlignment = Alignment.CenterHorizontally) {
                    Text(text("shell-plan-call"))
                    Text(item.text, style = MaterialTheme.typography.bodySmall)
                }
            }
        }
    }
}

/** Reads the plan and whether the core takes writes now; both reload after every change. */
class PlanState(private val core: AppCore) {
    var view by mutableStateOf<PlanView?>(null)
        private set
    var readOnly by mutableStateOf<String?>(null)
        private set

    fun load() {
        view = core.read { it.planView() } ?: view
        readOnly = readOnlySentence(core)
    }
}

/** The core's sentence when it refuses writes (a damaged data file), or null. */
internal fun readOnlySentence(core: AppCore): String? {
    val refused = core.read { it.writesRefused() } ?: return null
    return if (refused) core.companion.describeError(StegvisException.DatabaseDamaged()) else null
}

@Composable
fun PlanRoute(core: AppCore, navigator: Navigator) {
    val state = remember(core) { PlanState(core) }
    val platform = LocalPlatform.current
    LaunchedEffect(core.revision) { state.load() }
    val view = state.view ?: return
    PlanScreen(
        view = view,
        readOnly = state.readOnly,
        actions = PlanActions(
            change = { navigator.open(Routes.planEditOf(it)) },
            history = { navigator.open(Routes.PLAN_HISTORY) },
            call = platform::dial,
        ),
        onBack = navigator::back,
    )
}
