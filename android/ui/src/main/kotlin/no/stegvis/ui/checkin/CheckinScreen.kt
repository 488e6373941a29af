package no.stegvis.ui.checkin

import androidx.compose.foundation.BorderStroke
import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Box
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.IntrinsicSize
import androidx.compose.foundation.layout.Row
import androidx.compose.foundation.layout.fillMaxHeight
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.height
import androidx.compose.foundation.layout.heightIn
import androidx.compose.foundation.layout.padding
import androidx.compose.foundation.selection.selectable
import androidx.compose.foundation.selection.selectableGroup
import androidx.compose.foundation.text.KeyboardOptions
import androidx.compose.material3.Button
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.OutlinedTextField
import androidx.compose.material3.Surface
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.ui.Alignment
import androidx.compose.ui.Modifier
import androidx.compose.ui.platform.testTag
import androidx.compose.ui.semantics.Role
import androidx.compose.ui.semantics.heading
import androidx.compose.ui.semantics.semantics
import androidx.compose.ui.text.font.FontWeight
import androidx.compose.ui.text.input.KeyboardType
import androidx.compose.ui.unit.dp
import no.stegvis.core.CheckinForm
import no.stegvis.core.CheckinFormSign
import no.stegvis.ui.components.ScreenScaffold
import no.stegvis.ui.text.text

/** What the person has entered so far; nothing is saved until Save. */
data class CheckinAnswers(
    /** Rating (0 to 3) by sign id; a sign not tapped is left out. */
    val ratings: Map<String, Int> = emptyMap(),
    val note: String = "",
    /** Hours of sleep as typed; the core reads it ("6,5" or "6.5"). */
    val sleep: String = "",
)

/** What the check-in sends back. */
data class CheckinCallbacks(
    val onRate: (signId: String, value: Int) -> Unit,
    val onNote: (String) -> Unit,
    val onSleep: (String) -> Unit,
    val onSave: () -> Unit,
    val onBack: () -> Unit,
)

/**
 * The daily check-in on one screen: every sign of the core's form with its rating words
 * as large buttons (one tap each, the choice announced as selected), an optional note
 * and sleep, and Save. When today is already done, the form holds the saved answers.
 */
@Composable
fun CheckinScreen(form: CheckinForm, answers: CheckinAnswers, callbacks: CheckinCallbacks, modifier: Modifier = Modifier) {
    ScreenScaffold(title = form.title, onBack = callbacks.onBack, modifier = modifier) {
        if (form.alreadyDone) {
            Text(text("shell-checkin-already-done"), style = MaterialTheme.typography.bodyLarge)
        }
        if (form.signs.isEmpty()) {
            Text(text("shell-checkin-no-signs"), style = MaterialTheme.typography.bodyLarge)
        }
        form.signs.forEach { sign ->
            SignRating(sign, form.scale, answers.ratings[sign.signId]) { callbacks.onRate(sign.signId, it) }
        }
        OutlinedTextField(
            value = answers.note,
            onValueChange = callbacks.onNote,
            label = { Text(form.notePrompt) },
            minLines = 2,
            modifier = Modifier.fillMaxWidth().testTag("note"),
        )
        OutlinedTextField(
            value = answers.sleep,
            onValueChange = callbacks.onSleep,
            label = { Text(form.sleepPrompt) },
            keyboardOptions = KeyboardOptions(keyboardType = KeyboardType.Decimal),
            modifier = Modifier.fillMaxWidth().testTag("sleep"),
        )
        Button(
            onClick = callbacks.onSave,
            modifier = Modifier.fillMaxWidth().heightIn(min = 56.dp).padding(bottom = 16.dp).testTag("save"),
        ) { Text(text("shell-save")) }
    }
}

/**
 * One sign: its name, then its four rating words as a group of radio buttons, two by
 * two and all the same width, so they read in order and stay large at any text size
 * (a word that wraps makes both buttons of its row taller, never cut off).
 */
@Composable
private fun SignRating(sign: CheckinFormSign, scale: List<String>, chosen: Int?, onRate: (Int) -> Unit) {
    Column(verticalArrangement = Arrangement.spacedBy(8.dp)) {
        Text(
            sign.name,
            style = MaterialTheme.typography.titleMedium,
            modifier = Modifier.padding(top = 8.dp).semantics { heading() },
        )
        Column(Modifier.fillMaxWidth().selectableGroup(), verticalArrangement = Arrangement.spacedBy(8.dp)) {
            scale.withIndex().chunked(2).forEach { pair ->
                Row(
                    modifier = Modifier.fillMaxWidth().height(IntrinsicSize.Min),
                    horizontalArrangement = Arrangement.spacedBy(8.dp),
                ) {
                    pair.forEach { (value, word) ->
                        RatingButton(
                            word = word,
                            selected = chosen == value,
                            tag = "rate-${sign.signId}-$value",
                            modifier = Modifier.weight(1f).fillMaxHeight(),
                        ) { onRate(value) }
                    }
                }
            }
        }
    }
}

@Composable
private fun RatingButton(word: String, selected: Boolean, tag: String, modifier: Modifier, onClick: () -> Unit) {
    val colors = MaterialTheme.colorScheme
    Surface(
        shape = MaterialTheme.shapes.medium,
        color = if (selected) colors.primary else colors.surface,
        contentColor = if (selected) colors.onPrimary else colors.onSurface,
        border = BorderStroke(if (selected) 3.dp else 1.dp, if (selected) colors.primary else colors.outline),
        modifier = modifier
            .heightIn(min = 56.dp)
            .selectable(selected = selected, onClick = onClick, role = Role.RadioButton)
            .testTag(tag),
    ) {
        Box(Modifier.padding(horizontal = 14.dp, vertical = 12.dp), contentAlignment = Alignment.Center) {
            Text(
                word,
                style = MaterialTheme.typography.bodyLarge,
                fontWeight = if (selected) FontWeight.Bold else FontWeight.Normal,
            )
        }
    }
}
