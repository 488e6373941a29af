package no.stegvis.ui.plan

import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.heightIn
import androidx.compose.foundation.layout.padding
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
import androidx.compose.ui.Modifier
import androidx.compose.ui.platform.testTag
import androidx.compose.ui.unit.dp
import no.stegvis.core.PlanVersionSummary
import no.stegvis.core.PlanView
import no.stegvis.ui.AppCore
import no.stegvis.ui.Navigator
import no.stegvis.ui.components.ScreenScaffold
import no.stegvis.ui.components.SectionTitle
import no.stegvis.ui.text.text
import no.stegvis.ui.theme.MinTouch

/**
 * Every saved version of the plan, newest first, as the core labels them; [opened] is
 * an earlier version shown in full (read only), or null for the list; [onOpen] with null closes it.
 */
@Composable
fun PlanHistoryScreen(
    history: List<PlanVersionSummary>,
    opened: PlanView?,
    onOpen: (version: UInt?) -> Unit,
    onBack: () -> Unit,
    modifier: Modifier = Modifier,
) {
    val onClose = { onOpen(null) }
    if (opened != null) {
        ScreenScaffold(title = opened.title, onBack = onClose, modifier = modifier) {
            Text(
                opened.savedLabel,
                style = MaterialTheme.typography.titleSmall,
                modifier = Modifier.testTag("plan-version-label"),
            )
            opened.sections.filter { it.items.isNotEmpty() }.forEach { section ->
                SectionTitle(section.title)
                section.items.forEach { PlanEntry(section.section, it, onCall = null) }
            }
            OutlinedButton(onClick = onClose, modifier = Modifier.fillMaxWidth().heightIn(min = MinTouch)) {
                Text(text("shell-plan-back-to-current"))
            }
        }
        return
    }
    ScreenScaffold(title = text("shell-plan-history"), onBack = onBack, modifier = modifier) {
        if (history.isEmpty()) Text(text("shell-plan-history-empty"))
        history.forEach { version ->
            Card(modifier = Modifier.fillMaxWidth()) {
                Column(Modifier.padding(12.dp), verticalArrangement = Arrangement.spacedBy(4.dp)) {
                    Text(version.savedLabel, style = MaterialTheme.typography.titleSmall)
                    Text(version.label, style = MaterialTheme.typography.bodyMedium)
                    OutlinedButton(
                        onClick = { onOpen(version.version) },
                        modifier = Modifier.heightIn(min = MinTouch).testTag("plan-open-${version.version}"),
                    ) { Text(text("shell-plan-open")) }
                }
            }
        }
    }
}

/** The plan's versions, and the one the person opened. */
class PlanHistoryState(private val core: AppCore) {
    var history by mutableStateOf<List<PlanVersionSummary>>(emptyList())
        private set
    var opened by mutableStateOf<PlanView?>(null)
        private set

    fun load() {
        history = core.read { it.planHistory() } ?: history
    }

    /** Opens an earlier version; null goes back to the list. */
    fun open(version: UInt?) {
        opened = if (version == null) null else core.read { it.planVersion(version) } ?: opened
    }
}

@Composable
fun PlanHistoryRoute(core: AppCore, navigator: Navigator) {
    val state = remember(core) { PlanHistoryState(core) }
    LaunchedEffect(core.revision) { state.load() }
    PlanHistoryScreen(state.history, state.opened, state::open, onBack = navigator::back)
}
