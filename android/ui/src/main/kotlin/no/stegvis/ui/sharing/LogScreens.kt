package no.stegvis.ui.sharing

import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
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
import androidx.compose.ui.unit.dp
import no.stegvis.core.AuditEntry
import no.stegvis.core.ConsentView
import no.stegvis.ui.AppCore
import no.stegvis.ui.Navigator
import no.stegvis.ui.components.ScreenScaffold
import no.stegvis.ui.components.SectionTitle
import no.stegvis.ui.text.text

/** Every sharing event on this phone, newest first, as the core words it (no plan content). */
@Composable
fun AuditScreen(entries: List<AuditEntry>, onBack: () -> Unit, modifier: Modifier = Modifier) {
    ScreenScaffold(title = text("shell-sharing-audit-title"), onBack = onBack, modifier = modifier) {
        if (entries.isEmpty()) Text(text("shell-sharing-audit-empty"))
        entries.forEachIndexed { index, entry ->
            Column(Modifier.fillMaxWidth().testTag("sharing-audit-$index"), verticalArrangement = Arrangement.spacedBy(2.dp)) {
                Text(entry.atLabel, style = MaterialTheme.typography.bodySmall)
                Text(entry.text, style = MaterialTheme.typography.bodyLarge)
            }
        }
    }
}

/** Every consent, current first: who, which parts, for how long, the exact words, and its history. */
@Composable
fun ConsentsScreen(consents: List<ConsentView>, onBack: () -> Unit, modifier: Modifier = Modifier) {
    ScreenScaffold(title = text("shell-sharing-consents-title"), onBack = onBack, modifier = modifier) {
        if (consents.isEmpty()) Text(text("shell-sharing-consents-empty"))
        consents.forEach { consent ->
            Card(Modifier.fillMaxWidth().testTag("sharing-consent-${consent.id}")) {
                Column(Modifier.padding(12.dp), verticalArrangement = Arrangement.spacedBy(4.dp)) {
                    SectionTitle(consent.contactName)
                    Text(consent.statusLabel, style = MaterialTheme.typography.titleSmall)
                    Text(consent.periodLabel)
                    consent.sectionTitles.forEach { Text("• $it") }
                    Text(text("shell-sharing-consent-words"), style = MaterialTheme.typography.bodySmall)
                    Text(consent.text, style = MaterialTheme.typography.bodyMedium)
                    consent.history.forEach { Text(it, style = MaterialTheme.typography.bodySmall) }
                }
            }
        }
    }
}

/** Reads the audit log; reloads after every change. */
class AuditState(private val core: AppCore) {
    var entries by mutableStateOf<List<AuditEntry>?>(null)
        private set

    fun load() {
        entries = core.read { it.shareAuditLog() } ?: entries
    }
}

@Composable
fun AuditRoute(core: AppCore, navigator: Navigator) {
    val state = remember(core) { AuditState(core) }
    LaunchedEffect(core.revision) { state.load() }
    AuditScreen(state.entries ?: return, onBack = navigator::back)
}

/** Reads every consent, current and past. */
class ConsentsState(private val core: AppCore) {
    var consents by mutableStateOf<List<ConsentView>?>(null)
        private set

    fun load() {
        consents = core.read { it.sharing().consents } ?: consents
    }
}

@Composable
fun ConsentsRoute(core: AppCore, navigator: Navigator) {
    val state = remember(core) { ConsentsState(core) }
    LaunchedEffect(core.revision) { state.load() }
    ConsentsScreen(state.consents ?: return, onBack = navigator::back)
}
