package no.stegvis.ui.supporter

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
import androidx.compose.ui.Alignment
import androidx.compose.ui.Modifier
import androidx.compose.ui.platform.testTag
import androidx.compose.ui.unit.dp
import no.stegvis.core.SupporterContact
import no.stegvis.core.SupporterItem
import no.stegvis.core.SupporterPlan
import no.stegvis.ui.AppCore
import no.stegvis.ui.LocalPlatform
import no.stegvis.ui.Navigator
import no.stegvis.ui.Routes
import no.stegvis.ui.components.ScreenScaffold
import no.stegvis.ui.components.SectionTitle
import no.stegvis.ui.text.text
import no.stegvis.ui.theme.MinTouch

/** What the supporter can do with a plan shared with them: call a contact, remove the copy. */
class SupporterActions(val call: (number: String) -> Unit, val remove: () -> Unit)

/**
 * Someone's plan shared with this phone, read-only: what to watch for, what to do (the
 * supporter's own steps first), who to call with one tap, the other shared parts, and when
 * the copy stops opening. Removing it asks first.
 */
@Composable
fun SupporterPlanScreen(
    plan: SupporterPlan,
    confirmingRemove: Boolean,
    actions: SupporterActions,
    onBack: () -> Unit,
    modifier: Modifier = Modifier,
) {
    ScreenScaffold(title = plan.title, onBack = onBack, modifier = modifier) {
        Text(plan.expiresLabel, style = MaterialTheme.typography.titleSmall, modifier = Modifier.testTag("supporter-expires"))
        Text(plan.receivedLabel, style = MaterialTheme.typography.bodySmall)
        if (plan.watchFor.isNotEmpty()) Part(text("shell-sharing-supporter-watch"), plan.watchFor)
        if (plan.whatToDo.isNotEmpty()) Part(text("shell-sharing-supporter-do"), plan.whatToDo)
        if (plan.contacts.isNotEmpty()) {
            PartCard {
                SectionTitle(text("shell-sharing-supporter-contacts"))
                plan.contacts.forEachIndexed { index, contact -> ContactEntry(contact, index, actions.call) }
            }
        }
        plan.otherSections.forEach { Part(it.title, it.items) }
        if (confirmingRemove) {
            Text(text("shell-sharing-remove-ask"), style = MaterialTheme.typography.bodyLarge, color = MaterialTheme.colorScheme.error)
            Button(onClick = actions.remove, modifier = Modifier.fillMaxWidth().heightIn(min = MinTouch).testTag("supporter-remove-yes")) {
                Text(text("shell-sharing-remove-yes"))
            }
        } else {
            OutlinedButton(
                onClick = actions.remove,
                modifier = Modifier.fillMaxWidth().heightIn(min = MinTouch).testTag("supporter-remove"),
            ) {
                Text(text("shell-sharing-remove"))
            }
        }
    }
}

@Composable
private fun PartCard(content: @Composable () -> Unit) {
    Card(Modifier.fillMaxWidth()) {
        Column(Modifier.padding(12.dp), verticalArrangement = Arrangement.spacedBy(6.dp)) { content() }
    }
}

@Composable
private fun Part(title: String, items: List<SupporterItem>) {
    PartCard {
        SectionTitle(title)
        items.forEach { item ->
            Column(verticalArrangement = Arrangement.spacedBy(2.dp)) {
                Text(item.text, style = MaterialTheme.typography.bodyLarge)
                item.detail?.let { Text(it, style = MaterialTheme.typography.bodyMedium, color = MaterialTheme.colorScheme.primary) }
            }
        }
    }
}

@Composable
private fun ContactEntry(contact: SupporterContact, index: Int, onCall: (String) -> Unit) {
    Column(verticalArrangement = Arrangement.spacedBy(2.dp)) {
        Text(contact.name, style = MaterialTheme.typography.bodyLarge)
        Text(contact.detail, style = MaterialTheme.typography.bodyMedium)
        // The core picked the number out of the words; words without one get no button.
        val number = contact.phone ?: return@Column
        Button(onClick = { onCall(number) }, modifier = Modifier.fillMaxWidth().heightIn(min = MinTouch).testTag("supporter-call-$index")) {
            Column(horizontalAlignment = Alignment.CenterHorizontally) {
                Text(text("shell-sharing-call"))
                Text(contact.name, style = MaterialTheme.typography.bodySmall)
            }
        }
    }
}

/** Reads one plan held here; removing asks first, then the core deletes the copy. */
class SupporterPlanState(private val core: AppCore, private val contactId: String) {
    var plan by mutableStateOf<SupporterPlan?>(null)
        private set
    var confirmingRemove by mutableStateOf(false)
        private set
    var removed by mutableStateOf(false)
        private set

    fun load() {
        plan = core.read { c -> c.supporterPlans().firstOrNull { it.contactId == contactId } }
    }

    fun remove() {
        if (!confirmingRemove) {
            confirmingRemove = true
            return
        }
        core.write { it.removeSharedCopy(contactId) } ?: return
        removed = true
    }
}

@Composable
fun SupporterPlanRoute(core: AppCore, navigator: Navigator, contactId: String) {
    val platform = LocalPlatform.current
    val state = remember(core, contactId) { SupporterPlanState(core, contactId) }
    LaunchedEffect(core.revision) { state.load() }
    LaunchedEffect(state.removed) { if (state.removed) navigator.backTo(Routes.SHARING) }
    val plan = state.plan ?: return
    SupporterPlanScreen(
        plan,
        state.confirmingRemove,
        SupporterActions(call = platform::dial, remove = state::remove),
        onBack = navigator::back,
    )
}
