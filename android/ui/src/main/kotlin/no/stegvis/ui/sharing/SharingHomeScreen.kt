package no.stegvis.ui.sharing

import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
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
import androidx.compose.ui.Modifier
import androidx.compose.ui.platform.testTag
import androidx.compose.ui.unit.dp
import no.stegvis.core.ShareContactView
import no.stegvis.core.SharingView
import no.stegvis.core.SupporterPlan
import no.stegvis.ui.AppCore
import no.stegvis.ui.Navigator
import no.stegvis.ui.Routes
import no.stegvis.ui.components.ScreenScaffold
import no.stegvis.ui.components.SectionTitle
import no.stegvis.ui.text.text
import no.stegvis.ui.theme.MinTouch

/** Everything about sharing, as the core reads it: who is paired, what is shared, plans held here. */
class SharingHomeView(val sharing: SharingView, val plans: List<SupporterPlan>)

/** Where the sharing home leads: a route to open. */
@Composable
fun SharingHomeScreen(view: SharingHomeView, onOpen: (String) -> Unit, onBack: () -> Unit, modifier: Modifier = Modifier) {
    ScreenScaffold(title = text("shell-sharing-title"), onBack = onBack, modifier = modifier) {
        MyDigits(view.sharing.identity.fingerprint, onOpen = { onOpen(Routes.SHARE_CODE) })
        SectionTitle(text("shell-sharing-people"))
        if (view.sharing.contacts.isEmpty()) Text(text("shell-sharing-nobody"))
        view.sharing.contacts.forEach { ContactCard(it, onOpen) }
        WideButton("shell-sharing-pair", "sharing-pair", primary = true) { onOpen(Routes.SHARE_PAIR) }
        SectionTitle(text("shell-sharing-plans"))
        if (view.plans.isEmpty()) Text(text("shell-sharing-no-plans"))
        view.plans.forEach { plan ->
            Card(Modifier.fillMaxWidth()) {
                Column(Modifier.padding(12.dp), verticalArrangement = Arrangement.spacedBy(4.dp)) {
                    Text(plan.title, style = MaterialTheme.typography.titleMedium)
                    Text(plan.expiresLabel, style = MaterialTheme.typography.bodyMedium)
                    WideButton("shell-sharing-open-plan", "sharing-plan-${plan.contactId}") {
                        onOpen(Routes.supporterPlanOf(plan.contactId))
                    }
                }
            }
        }
        WideButton("shell-sharing-receive", "sharing-receive") { onOpen(Routes.SHARE_RECEIVE) }
        SectionTitle(text("shell-sharing-more"))
        WideButton("shell-sharing-consents", "sharing-consents") { onOpen(Routes.SHARE_CONSENTS) }
        WideButton("shell-sharing-audit", "sharing-audit") { onOpen(Routes.SHARE_AUDIT) }
    }
}

@Composable
private fun MyDigits(fingerprint: String, onOpen: () -> Unit) {
    Card(Modifier.fillMaxWidth()) {
        Column(Modifier.padding(12.dp), verticalArrangement = Arrangement.spacedBy(4.dp)) {
            SectionTitle(text("shell-sharing-my-code"))
            Text(fingerprint, style = MaterialTheme.typography.headlineSmall, modifier = Modifier.testTag("sharing-my-digits"))
            WideButton("shell-sharing-show-code", "sharing-code", onClick = onOpen)
        }
    }
}

@Composable
private fun ContactCard(contact: ShareContactView, onOpen: (String) -> Unit) {
    Card(Modifier.fillMaxWidth().testTag("sharing-contact-${contact.id}")) {
        Column(Modifier.padding(12.dp), verticalArrangement = Arrangement.spacedBy(4.dp)) {
            Text(contact.name, style = MaterialTheme.typography.titleMedium)
            Text(contact.statusLabel)
            contact.consent?.let { consent ->
                consent.sectionTitles.forEach { Text("• $it", style = MaterialTheme.typography.bodyMedium) }
            }
            Text(contact.pairedLabel, style = MaterialTheme.typography.bodySmall)
            if (contact.confirmed) {
                val label = if (contact.consent == null) "shell-sharing-choose" else "shell-sharing-change"
                WideButton(label, "sharing-choose-${contact.id}") { onOpen(Routes.shareChooseOf(contact.id)) }
            } else {
                WideButton("shell-sharing-compare", "sharing-compare-${contact.id}") { onOpen(Routes.shareCompareOf(contact.id)) }
            }
        }
    }
}

/** A button as wide as the screen, with room for its words at any text size. */
@Composable
internal fun WideButton(label: String, tag: String, primary: Boolean = false, onClick: () -> Unit) {
    val modifier = Modifier.fillMaxWidth().heightIn(min = MinTouch).testTag(tag)
    if (primary) {
        Button(onClick = onClick, modifier = modifier) { Text(text(label)) }
    } else {
        OutlinedButton(onClick = onClick, modifier = modifier) { Text(text(label)) }
    }
}

/** Reads the sharing view and the plans held here; reloads after every change. */
class SharingHomeState(private val core: AppCore) {
    var view by mutableStateOf<SharingHomeView?>(null)
        private set

    fun load() {
        val sharing = core.read { it.sharing() } ?: return
        val plans = core.read { it.supporterPlans() } ?: return
        view = SharingHomeView(sharing, plans)
    }
}

@Composable
fun SharingHomeRoute(core: AppCore, navigator: Navigator) {
    val state = remember(core) { SharingHomeState(core) }
    LaunchedEffect(core.revision) { state.load() }
    val view = state.view ?: return
    SharingHomeScreen(view, onOpen = navigator::open, onBack = navigator::back)
}
