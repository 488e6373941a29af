package no.stegvis.ui.components

import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.Row
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.heightIn
import androidx.compose.foundation.layout.padding
import androidx.compose.foundation.selection.selectable
import androidx.compose.foundation.selection.toggleable
import androidx.compose.foundation.text.KeyboardOptions
import androidx.compose.material3.Checkbox
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.OutlinedTextField
import androidx.compose.material3.RadioButton
import androidx.compose.material3.Switch
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.ui.Alignment
import androidx.compose.ui.Modifier
import androidx.compose.ui.platform.testTag
import androidx.compose.ui.semantics.Role
import androidx.compose.ui.semantics.contentDescription
import androidx.compose.ui.semantics.heading
import androidx.compose.ui.semantics.semantics
import androidx.compose.ui.text.input.KeyboardType
import androidx.compose.ui.text.input.PasswordVisualTransformation
import androidx.compose.ui.text.input.VisualTransformation
import androidx.compose.ui.unit.dp
import no.stegvis.ui.theme.MinTouch

/** One choice of several: the whole row is the target, its words the label. */
@Composable
fun ChoiceRow(label: String, selected: Boolean, onClick: () -> Unit, modifier: Modifier = Modifier) {
    Row(
        modifier = modifier.fillMaxWidth().heightIn(min = MinTouch)
            .selectable(selected = selected, onClick = onClick, role = Role.RadioButton)
            .padding(vertical = 4.dp),
        verticalAlignment = Alignment.CenterVertically,
        horizontalArrangement = Arrangement.spacedBy(12.dp),
    ) {
        RadioButton(selected = selected, onClick = null)
        Text(label, style = MaterialTheme.typography.bodyLarge, modifier = Modifier.weight(1f))
    }
}

/** Something on or off (a setting, a weekday): the whole row is the target. */
@Composable
fun ToggleRow(label: String, checked: Boolean, onChange: (Boolean) -> Unit, modifier: Modifier = Modifier, asSwitch: Boolean = false) {
    Row(
        modifier = modifier.fillMaxWidth().heightIn(min = MinTouch).toggleable(
            value = checked,
            onValueChange = onChange,
            role = if (asSwitch) Role.Switch else Role.Checkbox,
        ),
        verticalAlignment = Alignment.CenterVertically,
        horizontalArrangement = Arrangement.spacedBy(8.dp),
    ) {
        Text(label, modifier = Modifier.weight(1f))
        if (asSwitch) {
            Switch(checked = checked, onCheckedChange = null)
        } else {
            Checkbox(checked = checked, onCheckedChange = null)
        }
    }
}

/** What a field takes: words, a whole number (number keyboard), or a secret (hidden as typed). */
enum class FieldKind { TEXT, NUMBER, SECRET }

/**
 * A field the person types in. Its label is a line of text above it, not a floating
 * label: a long label at double text size would otherwise spill over what is above.
 * TalkBack reads the same words as the field's description.
 */
@Composable
fun LabeledField(label: String, value: String, onChange: (String) -> Unit, tag: String, kind: FieldKind = FieldKind.TEXT) {
    val secret = kind == FieldKind.SECRET
    Column(Modifier.fillMaxWidth(), verticalArrangement = Arrangement.spacedBy(4.dp)) {
        Text(label, style = MaterialTheme.typography.bodyMedium)
        OutlinedTextField(
            value = value,
            onValueChange = onChange,
            visualTransformation = if (secret) PasswordVisualTransformation() else VisualTransformation.None,
            keyboardOptions = KeyboardOptions(
                keyboardType = when (kind) {
                    FieldKind.SECRET -> KeyboardType.Password
                    FieldKind.NUMBER -> KeyboardType.Number
                    FieldKind.TEXT -> KeyboardType.Text
                },
            ),
            modifier = Modifier.fillMaxWidth().testTag(tag).semantics { contentDescription = label },
        )
    }
}

/** A part of a screen: a heading TalkBack can jump to. */
@Composable
fun SectionTitle(text: String, modifier: Modifier = Modifier) {
    Text(
        text = text,
        style = MaterialTheme.typography.titleMedium,
        color = MaterialTheme.colorScheme.primary,
        modifier = modifier.padding(top = 8.dp).semantics { heading() },
    )
}
