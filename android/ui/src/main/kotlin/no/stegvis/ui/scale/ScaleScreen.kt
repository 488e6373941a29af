package no.stegvis.ui.scale

import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.heightIn
import androidx.compose.foundation.layout.padding
import androidx.compose.material3.Button
import androidx.compose.material3.ButtonDefaults
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.OutlinedButton
import androidx.compose.material3.Text
import androidx.compose.material3.TextButton
import androidx.compose.runtime.Composable
import androidx.compose.ui.Alignment
import androidx.compose.ui.Modifier
import androidx.compose.ui.platform.testTag
import androidx.compose.ui.semantics.Role
import androidx.compose.ui.semantics.heading
import androidx.compose.ui.semantics.role
import androidx.compose.ui.semantics.selected
import androidx.compose.ui.semantics.semantics
import androidx.compose.ui.text.style.TextAlign
import androidx.compose.ui.unit.dp
import no.stegvis.core.ScaleForm
import no.stegvis.core.ScaleTopicView
import no.stegvis.ui.components.ScreenScaffold
import no.stegvis.ui.text.text

/**
 * One topic of the IMR Scale per screen: "Topic 3 of 15", the question, and five big
 * buttons each carrying its answer in words (5 always points most towards recovery);
 * the one chosen before is marked. Skip and Back are always there. After the last
 * topic: one screen with Save.
 */
@Composable
fun ScaleScreen(
    form: ScaleForm,
    index: Int,
    chosen: UInt?,
    onAnswer: (UInt) -> Unit,
    onSkip: () -> Unit,
    onBack: () -> Unit,
    onSave: () -> Unit,
    modifier: Modifier = Modifier,
) {
    val topic = form.topics.getOrNull(index)
    ScreenScaffold(title = form.title, onBack = onBack, modifier = modifier) {
        if (topic == null) {
            Text(form.intro, style = MaterialTheme.typography.bodyLarge)
            Button(onClick = onSave, modifier = Modifier.fillMaxWidth().heightIn(min = 64.dp).testTag("scale-save")) {
                Text(text("shell-scale-save"), style = MaterialTheme.typography.titleMedium)
            }
        } else {
            if (index == 0) Text(form.intro, style = MaterialTheme.typography.bodyMedium)
            Topic(topic, chosen, onAnswer)
            TextButton(onClick = onSkip, modifier = Modifier.fillMaxWidth().heightIn(min = 56.dp).testTag("scale-skip")) {
                Text(text("shell-scale-skip"))
            }
        }
    }
}

@Composable
private fun Topic(topic: ScaleTopicView, chosen: UInt?, onAnswer: (UInt) -> Unit) {
    Text(topic.progressLabel, style = MaterialTheme.typography.labelLarge, modifier = Modifier.testTag("scale-progress"))
    Text(topic.name, style = MaterialTheme.typography.titleLarge, modifier = Modifier.semantics { heading() })
    Text(topic.question, style = MaterialTheme.typography.bodyLarge)
    Column(verticalArrangement = Arrangement.spacedBy(10.dp)) {
        // 5 first: the answer that points most towards recovery leads, as people read down.
        topic.anchors.reversed().forEach { anchor ->
            val isChosen = chosen == anchor.value
            val content: @Composable () -> Unit = {
                Column(Modifier.fillMaxWidth().padding(vertical = 6.dp), horizontalAlignment = Alignment.Start) {
                    Text(anchor.value.toString(), style = MaterialTheme.typography.titleLarge)
                    Text(anchor.text, style = MaterialTheme.typography.bodyLarge, textAlign = TextAlign.Start)
                }
            }
            val m = Modifier.fillMaxWidth().heightIn(min = 72.dp).testTag("answer-${anchor.value}")
                .semantics {
                    role = Role.RadioButton
                    selected = isChosen
                }
            if (isChosen) {
                Button(onClick = { onAnswer(anchor.value) }, modifier = m, shape = MaterialTheme.shapes.medium) { content() }
            } else {
                OutlinedButton(
                    onClick = { onAnswer(anchor.value) },
                    modifier = m,
                    shape = MaterialTheme.shapes.medium,
                    colors = ButtonDefaults.outlinedButtonColors(contentColor = MaterialTheme.colorScheme.onSurface),
                ) { content() }
            }
        }
    }
}
