package no.stegvis.ui.goals

import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.FlowRow
import androidx.compose.foundation.layout.Row
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.heightIn
import androidx.compose.foundation.layout.padding
import androidx.compose.foundation.selection.selectable
import androidx.compose.foundation.selection.toggleable
import androidx.compose.material3.Button
import androidx.compose.material3.Checkbox
import androidx.compose.material3.FilterChip
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.OutlinedButton
import androidx.compose.material3.OutlinedTextField
import androidx.compose.material3.RadioButton
import androidx.compose.material3.Text
import androidx.compose.material3.TextButton
import androidx.compose.runtime.Composable
import androidx.compose.ui.Alignment
import androidx.compose.ui.Modifier
import androidx.compose.ui.platform.testTag
import androidx.compose.ui.semantics.Role
import androidx.compose.ui.semantics.contentDescription
import androidx.compose.ui.semantics.heading
import androidx.compose.ui.semantics.semantics
import androidx.compose.ui.unit.dp
import no.stegvis.core.LifeArea
import no.stegvis.core.LifeAreaOption
import no.stegvis.ui.text.text
import no.stegvis.ui.theme.MinTouch

// Small pieces the goal, problem-solving and first-run screens share: a question with
// its answer field, a row to tick or pick, and wide buttons. Each is large enough to
// hit and wraps its words at any font size; nothing here decides anything.

/** A question as a heading, so it is read first and never clipped. */
@Composable
internal fun Question(words: String, modifier: Modifier = Modifier, small: Boolean = false) {
    Text(
        text = words,
        style = if (small) MaterialTheme.typography.titleMedium else MaterialTheme.typography.titleLarge,
        modifier = modifier.fillMaxWidth().semantics { heading() },
    )
}

/** A field for the person's own words; [label] is what a screen reader says for it. */
@Composable
internal fun AnswerField(value: String, onValueChange: (String) -> Unit, label: String, modifier: Modifier = Modifier, minLines: Int = 2) {
    OutlinedTextField(
        value = value,
        onValueChange = onValueChange,
        minLines = minLines,
        modifier = modifier.fillMaxWidth().semantics { contentDescription = label },
    )
}

/** Something to tick: one tap anywhere on the row, read as a checkbox with its words. */
@Composable
internal fun CheckRow(
    label: String,
    checked: Boolean,
    onToggle: (Boolean) -> Unit,
    modifier: Modifier = Modifier,
    enabled: Boolean = true,
) {
    Row(
        modifier =
            modifier
                .fillMaxWidth()
                .heightIn(min = MinTouch)
                .toggleable(value = checked, enabled = enabled, role = Role.Checkbox, onValueChange = onToggle)
                .padding(vertical = 4.dp),
        verticalAlignment = Alignment.CenterVertically,
        horizontalArrangement = Arrangement.spacedBy(12.dp),
    ) {
        Checkbox(checked = checked, onCheckedChange = null, enabled = enabled)
        Text(label, style = MaterialTheme.typography.bodyLarge, modifier = Modifier.weight(1f))
    }
}

/** The main action of a screen, full width. */
@Composable
internal fun MainButton(label: String, onClick: () -> Unit, modifier: Modifier = Modifier, tag: String? = null) {
    Button(onClick = onClick, modifier = modifier.fillMaxWidth().heightIn(min = 56.dp).tagged(tag)) { Text(label) }
}

/** A second choice beside the main one, full width. */
@Composable
internal fun OtherButton(label: String, onClick: () -> Unit, modifier: Modifier = Modifier, tag: String? = null) {
    OutlinedButton(onClick = onClick, modifier = modifier.fillMaxWidth().heightIn(min = 56.dp).tagged(tag)) { Text(label) }
}

/** A small action in a row of actions (they wrap onto more lines when the text is large). */
@Composable
internal fun SmallAction(label: String, onClick: () -> Unit, modifier: Modifier = Modifier, tag: String? = null) {
    TextButton(onClick = onClick, modifier = modifier.heightIn(min = MinTouch).tagged(tag)) { Text(label) }
}

internal fun Modifier.tagged(tag: String?): Modifier = if (tag == null) this else testTag(tag)

/** A choice among a few, as a chip that shows when it is chosen; at least 48 dp to touch. */
@Composable
internal fun OutlinedChoice(label: String, selected: Boolean, onClick: () -> Unit, modifier: Modifier = Modifier) {
    FilterChip(
        selected = selected,
        onClick = onClick,
        label = { Text(label, modifier = Modifier.padding(vertical = 8.dp)) },
        modifier = modifier.heightIn(min = MinTouch),
    )
}
