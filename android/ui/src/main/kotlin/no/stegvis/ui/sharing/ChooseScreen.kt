package no.stegvis.ui.sharing

import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.Row
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.heightIn
import androidx.compose.foundation.layout.padding
import androidx.compose.foundation.selection.toggleable
import androidx.compose.material3.Card
import androidx.compose.material3.Checkbox
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.ui.Alignment
import androidx.compose.ui.Modifier
import androidx.compose.ui.platform.testTag
import androidx.compose.ui.semantics.Role
import androidx.compose.ui.unit.dp
import no.stegvis.core.PlanSection
import no.stegvis.core.SectionChoice
import no.stegvis.core.ShareContactView
import no.stegvis.core.UntilChoice
import no.stegvis.ui.components.ChoiceRow
import no.stegvis.ui.components.ScreenScaffold
import no.stegvis.ui.components.SectionTitle
import no.stegvis.ui.text.text
import no.stegvis.ui.theme.MinTouch

/** What can be chosen, what is chosen, and the core's words for it. */
class ChooseView(
    val contact: ShareContactView,
    val choices: List<SectionChoice>,
    val untilChoices: List<UntilChoice>,
    val sections: Set<PlanSection>,
    val until: String?,
    /** The exact words the person agrees to, from the core; null while nothing is chosen. */
    val consentText: String?,
)

/** What the person can do on the choose screen. */
class ChooseActions(val toggle: (PlanSection) -> Unit, val until: (String?) -> Unit, val share: () -> Unit, val stop: () -> Unit)

/**
 * Which parts, for how long, the exact consent text, then Share. When something is shared
 * already, the same screen changes it, and "Stop sharing" asks first in plain words.
 */
@Composable
fun ChooseScreen(view: ChooseView, confirmingStop: Boolean, actions: ChooseActions, onBack: () -> Unit, modifier: Modifier = Modifier) {
    ScreenScaffold(title = view.contact.name, onBack = onBack, modifier = modifier) {
        Text(view.contact.statusLabel)
        SectionTitle(text("shell-sharing-sections"))
        view.choices.forEach { choice ->
            SectionRow(choice, checked = choice.section in view.sections, onToggle = { actions.toggle(choice.section) })
        }
        SectionTitle(text("shell-sharing-until"))
        view.untilChoices.forEachIndexed { index, choice ->
            ChoiceRow(
                choice.label,
                selected = choice.until == view.until,
                onClick = { actions.until(choice.until) },
                modifier = Modifier.testTag("sharing-until-$index"),
            )
        }
        SectionTitle(text("shell-sharing-consent"))
        Card(Modifier.fillMaxWidth()) {
            Text(
                view.consentText ?: text("shell-sharing-choose-something"),
                style = MaterialTheme.typography.bodyLarge,
                modifier = Modifier.padding(12.dp).testTag("sharing-consent-text"),
            )
        }
        if (view.consentText != null) WideButton("shell-sharing-share", "sharing-share", primary = true, onClick = actions.share)
        if (view.contact.consent != null) StopSharing(confirmingStop, actions.stop)
    }
}

@Composable
private fun SectionRow(choice: SectionChoice, checked: Boolean, onToggle: () -> Unit) {
    Row(
        modifier = Modifier.fillMaxWidth().heightIn(min = MinTouch)
            .toggleable(value = checked, onValueChange = { onToggle() }, role = Role.Checkbox)
            .padding(vertical = 4.dp)
            .testTag("sharing-section-${choice.key}"),
        verticalAlignment = Alignment.CenterVertically,
        horizontalArrangement = Arrangement.spacedBy(12.dp),
    ) {
        Checkbox(checked = checked, onCheckedChange = null)
        Column(Modifier.weight(1f)) {
            Text(choice.title, style = MaterialTheme.typography.bodyLarge)
            Text(choice.hint, style = MaterialTheme.typography.bodyMedium)
        }
    }
}

/** First a plain question, then the button that does it. */
@Composable
private fun StopSharing(confirming: Boolean, onStop: () -> Unit) {
    if (confirming) {
        Text(text("shell-sharing-stop-ask"), style = MaterialTheme.typography.bodyLarge, color = MaterialTheme.colorScheme.error)
        WideButton("shell-sharing-stop-yes", "sharing-stop-yes", primary = true, onClick = onStop)
    } else {
        WideButton("shell-sharing-stop", "sharing-stop", onClick = onStop)
    }
}
