package no.stegvis.ui.today

import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.heightIn
import androidx.compose.foundation.layout.padding
import androidx.compose.material3.Button
import androidx.compose.material3.Card
import androidx.compose.material3.CardDefaults
import androidx.compose.material3.FilledTonalButton
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.ui.Alignment
import androidx.compose.ui.Modifier
import androidx.compose.ui.platform.testTag
import androidx.compose.ui.semantics.heading
import androidx.compose.ui.semantics.semantics
import androidx.compose.ui.unit.dp
import no.stegvis.core.PlanBlock
import no.stegvis.core.PlanBlockContact
import no.stegvis.ui.text.text
import no.stegvis.ui.theme.MinTouch

/**
 * The plan at the moment it is needed, as the core wrote it: what rose, the rules that
 * hold ([rulesText], the plan item's detail), the person's own actions, whom to contact
 * (one tap to call when the core found a number) and the crisis line, then a way into
 * the whole plan.
 */
@Composable
fun PlanBlockCard(block: PlanBlock, rulesText: String?, onOpenPlan: () -> Unit, onDial: (String) -> Unit, modifier: Modifier = Modifier) {
    Card(
        modifier = modifier.fillMaxWidth().testTag("plan-block"),
        colors = CardDefaults.cardColors(
            containerColor = MaterialTheme.colorScheme.tertiaryContainer,
            contentColor = MaterialTheme.colorScheme.onTertiaryContainer,
        ),
    ) {
        Column(Modifier.padding(16.dp), verticalArrangement = Arrangement.spacedBy(8.dp)) {
            Text(block.headline, style = MaterialTheme.typography.titleMedium)
            rulesText?.let { Text(it, style = MaterialTheme.typography.bodyMedium) }
            Part(block.actionsTitle)
            block.actions.forEach { Text("• $it", style = MaterialTheme.typography.bodyLarge) }
            block.noActionsText?.let { Text(it, style = MaterialTheme.typography.bodyMedium) }
            if (block.contacts.isNotEmpty()) {
                Part(block.contactsTitle)
                block.contacts.forEach { Contact(it, onDial) }
            }
            Part(block.crisisTitle)
            block.crisis.forEach { Contact(it, onDial) }
            Text(block.crisisText, style = MaterialTheme.typography.bodyLarge)
            Button(
                onClick = onOpenPlan,
                modifier = Modifier.fillMaxWidth().heightIn(min = MinTouch).testTag("open-plan"),
            ) { Text(text("shell-today-plan-open")) }
        }
    }
}

@Composable
private fun Part(title: String) {
    Text(
        title,
        style = MaterialTheme.typography.titleMedium,
        modifier = Modifier.padding(top = 4.dp).semantics { heading() },
    )
}

/** A contact in the person's words; with a number the core found, a call button under it. */
@Composable
private fun Contact(contact: PlanBlockContact, onDial: (String) -> Unit) {
    Column(verticalArrangement = Arrangement.spacedBy(4.dp)) {
        Text(contact.text, style = MaterialTheme.typography.bodyLarge)
        contact.phone?.let { number ->
            FilledTonalButton(
                onClick = { onDial(number) },
                modifier = Modifier.fillMaxWidth().heightIn(min = MinTouch).testTag("call-${contact.name}"),
            ) {
                Column(horizontalAlignment = Alignment.CenterHorizontally) {
                    Text(text("shell-today-call"))
                    Text(contact.name, style = MaterialTheme.typography.bodySmall)
                }
            }
        }
    }
}
