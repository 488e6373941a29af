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
import androidx.compose.runtime.saveable.rememberSaveable
import androidx.compose.runtime.setValue
import androidx.compose.ui.Modifier
import androidx.compose.ui.platform.testTag
import androidx.compose.ui.text.font.FontWeight
import androidx.compose.ui.unit.dp
import no.stegvis.core.PairingResult
import no.stegvis.ui.AppCore
import no.stegvis.ui.LocalPlatform
import no.stegvis.ui.Navigator
import no.stegvis.ui.Platform
import no.stegvis.ui.Routes
import no.stegvis.ui.components.LabeledField
import no.stegvis.ui.components.ScreenScaffold
import no.stegvis.ui.text.text

/** Importing the other phone's code: scanned or pasted, with the name the person gives them. */
@Composable
fun PairScreen(
    code: String,
    onCode: (String) -> Unit,
    onScan: () -> Unit,
    onImport: (name: String) -> Unit,
    onBack: () -> Unit,
    modifier: Modifier = Modifier,
) {
    var name by rememberSaveable { mutableStateOf("") }
    ScreenScaffold(title = text("shell-sharing-pair-title"), onBack = onBack, modifier = modifier) {
        Text(text("shell-sharing-pair-hint"))
        WideButton("shell-sharing-scan", "sharing-scan", primary = true, onClick = onScan)
        LabeledField(text("shell-sharing-paste"), code, onCode, tag = "sharing-paste")
        LabeledField(text("shell-sharing-name"), name, { name = it }, tag = "sharing-name")
        WideButton("shell-sharing-pair-do", "sharing-pair-do", primary = true) { onImport(name) }
    }
}

/** What the person compares: the other phone's digits, and the core's words on where to look. */
class CompareView(val name: String, val fingerprint: String, val explanation: String)

/** The digits big; "They match" confirms, "They do not match" goes back with nothing shared. */
@Composable
fun CompareScreen(view: CompareView, onMatch: () -> Unit, onNoMatch: () -> Unit, onBack: () -> Unit, modifier: Modifier = Modifier) {
    ScreenScaffold(title = text("shell-sharing-compare-title"), onBack = onBack, modifier = modifier) {
        Card(Modifier.fillMaxWidth()) {
            Column(Modifier.padding(16.dp), verticalArrangement = Arrangement.spacedBy(8.dp)) {
                Text(view.name, style = MaterialTheme.typography.titleMedium)
                Text(
                    view.fingerprint,
                    style = MaterialTheme.typography.displaySmall,
                    fontWeight = FontWeight.Bold,
                    modifier = Modifier.testTag("sharing-compare-digits"),
                )
            }
        }
        Text(view.explanation, style = MaterialTheme.typography.bodyLarge)
        WideButton("shell-sharing-match", "sharing-match", primary = true, onClick = onMatch)
        WideButton("shell-sharing-no-match", "sharing-no-match", onClick = onNoMatch)
        Text(text("shell-sharing-no-match-hint"), style = MaterialTheme.typography.bodyMedium)
    }
}

/** The code being imported, and what the core made of it once imported. */
class PairState(private val core: AppCore, private val platform: Platform) {
    var code by mutableStateOf("")
    var paired by mutableStateOf<PairingResult?>(null)
        private set

    /** The camera fills in the code; nothing is imported until the person names them. */
    fun scan(prompt: String) {
        platform.scanCode(prompt) { scanned -> if (scanned != null) code = scanned }
    }

    fun import(name: String) {
        paired = core.write { it.sharePair(code, name.ifBlank { null }) } ?: return
    }

    /** True when the core recorded that the digits matched. */
    fun confirm(contactId: String): Boolean = core.write { it.shareConfirm(contactId) } != null
}

@Composable
fun PairRoute(core: AppCore, navigator: Navigator) {
    val platform = LocalPlatform.current
    val state = remember(core, platform) { PairState(core, platform) }
    val paired = state.paired
    if (paired == null) {
        val prompt = text("shell-sharing-scan-prompt")
        PairScreen(
            state.code,
            onCode = { state.code = it },
            onScan = { state.scan(prompt) },
            onImport = state::import,
            onBack = navigator::back,
        )
    } else {
        CompareScreen(
            CompareView(paired.name, paired.fingerprint, paired.compareText),
            onMatch = {
                if (state.confirm(paired.contactId)) {
                    navigator.backTo(Routes.SHARING)
                    navigator.open(Routes.shareChooseOf(paired.contactId))
                }
            },
            onNoMatch = navigator::back,
            onBack = navigator::back,
        )
    }
}

/** Comparing later, for someone paired whose digits were not yet confirmed. */
@Composable
fun CompareRoute(core: AppCore, navigator: Navigator, contactId: String) {
    val platform = LocalPlatform.current
    val state = remember(core, platform) { PairState(core, platform) }
    var view by remember { mutableStateOf<CompareView?>(null) }
    LaunchedEffect(core.revision) {
        val contact = core.read { c -> c.sharing().contacts.firstOrNull { it.id == contactId } } ?: return@LaunchedEffect
        view = CompareView(contact.name, contact.fingerprint, contact.statusLabel)
    }
    val shown = view ?: return
    CompareScreen(
        shown,
        onMatch = {
            if (state.confirm(contactId)) {
                navigator.backTo(Routes.SHARING)
                navigator.open(Routes.shareChooseOf(contactId))
            }
        },
        onNoMatch = navigator::back,
        onBack = navigator::back,
    )
}
