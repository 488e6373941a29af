package no.stegvis.ui.modules

import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.ExperimentalLayoutApi
import androidx.compose.foundation.layout.FlowRow
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.heightIn
import androidx.compose.foundation.layout.padding
import androidx.compose.material3.Button
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.OutlinedButton
import androidx.compose.material3.OutlinedCard
import androidx.compose.material3.Text
import androidx.compose.material3.TextButton
import androidx.compose.runtime.Composable
import androidx.compose.ui.Modifier
import androidx.compose.ui.platform.testTag
import androidx.compose.ui.semantics.heading
import androidx.compose.ui.semantics.semantics
import androidx.compose.ui.unit.dp
import no.stegvis.core.ModuleAssignment
import no.stegvis.core.ModuleStatus
import no.stegvis.core.ModuleView
import no.stegvis.core.ModulesView
import no.stegvis.ui.components.LabeledField
import no.stegvis.ui.components.ScreenScaffold
import no.stegvis.ui.text.text
import no.stegvis.ui.theme.MinTouch

/**
 * The eleven IMR modules in the program's order: each with where the person stands
 * ("Started 3 June"), one button for the next mark, and the home assignments filed
 * under it. Marking asks for the day first (today is one tap).
 */
@Composable
fun ModulesScreen(
    view: ModulesView,
    editing: ModuleEdit?,
    dateText: String,
    actions: ModulesActions,
    onBack: () -> Unit,
    modifier: Modifier = Modifier,
) {
    ScreenScaffold(title = text("shell-modules-title"), onBack = onBack, modifier = modifier) {
        Text(view.countLabel, style = MaterialTheme.typography.bodyLarge, modifier = Modifier.testTag("modules-count"))
        view.modules.forEach { module ->
            ModuleCard(module, editing?.takeIf { it.key == module.key }, dateText, actions)
        }
        if (view.otherAssignments.isNotEmpty()) {
            Text(view.otherAssignmentsTitle, style = MaterialTheme.typography.titleMedium, modifier = Modifier.semantics { heading() })
            view.otherAssignments.forEach { AssignmentLine(it) }
        }
    }
}

@OptIn(ExperimentalLayoutApi::class)
@Composable
private fun ModuleCard(module: ModuleView, editing: ModuleEdit?, dateText: String, actions: ModulesActions) {
    OutlinedCard(Modifier.fillMaxWidth().testTag("module-${module.key}")) {
        Column(Modifier.padding(16.dp), verticalArrangement = Arrangement.spacedBy(6.dp)) {
            Text(
                "${module.number}. ${module.name}",
                style = MaterialTheme.typography.titleMedium,
                modifier = Modifier.semantics {
                    heading()
                },
            )
            Text(module.description, style = MaterialTheme.typography.bodyMedium)
            Text(module.stateLabel, style = MaterialTheme.typography.bodyLarge, modifier = Modifier.testTag("state-${module.key}"))
            if (editing != null) {
                DayChoice(editing, dateText, actions)
            } else {
                FlowRow(horizontalArrangement = Arrangement.spacedBy(8.dp), verticalArrangement = Arrangement.spacedBy(8.dp)) {
                    when (module.status) {
                        ModuleStatus.NOT_STARTED -> {
                            Action("shell-modules-start", "start-${module.key}", main = true) { actions.begin(module.key, done = false) }
                            Action("shell-modules-done", "done-${module.key}") { actions.begin(module.key, done = true) }
                        }

                        ModuleStatus.STARTED -> {
                            Action("shell-modules-done", "done-${module.key}", main = true) { actions.begin(module.key, done = true) }
                            Action("shell-modules-reset", "reset-${module.key}") { actions.reset(module.key) }
                        }

                        ModuleStatus.WORKED_THROUGH ->
                            Action("shell-modules-undo", "undo-${module.key}") { actions.undoDone(module.key) }
                    }
                }
            }
            if (module.assignments.isNotEmpty()) {
                Text(module.assignmentsLabel, style = MaterialTheme.typography.titleSmall)
                module.assignments.forEach { AssignmentLine(it) }
            }
        }
    }
}

@Composable
private fun DayChoice(editing: ModuleEdit, dateText: String, actions: ModulesActions) {
    Text(text("shell-modules-date-title"), style = MaterialTheme.typography.titleSmall)
    Button(onClick = { actions.save(today = true) }, modifier = Modifier.fillMaxWidth().heightIn(min = MinTouch).testTag("day-today")) {
        Text(text("shell-modules-today"))
    }
    LabeledField(text("shell-modules-date-hint"), dateText, actions::dateText, tag = "day-text")
    FlowRow(horizontalArrangement = Arrangement.spacedBy(8.dp)) {
        OutlinedButton(onClick = { actions.save(today = false) }, modifier = Modifier.heightIn(min = MinTouch).testTag("day-save")) {
            Text(text("shell-modules-save"))
        }
        TextButton(onClick = actions::cancel, modifier = Modifier.heightIn(min = MinTouch).testTag("day-cancel")) {
            Text(text("shell-modules-cancel"))
        }
    }
    // Which mark the day is for, so nothing is ambiguous when read aloud.
    Text(text(if (editing.done) "shell-modules-done" else "shell-modules-start"), style = MaterialTheme.typography.bodySmall)
}

@Composable
private fun Action(label: String, tag: String, main: Boolean = false, onClick: () -> Unit) {
    val m = Modifier.heightIn(min = MinTouch).testTag(tag)
    if (main) {
        Button(onClick = onClick, modifier = m) { Text(text(label)) }
    } else {
        OutlinedButton(onClick = onClick, modifier = m) { Text(text(label)) }
    }
}

@Composable
private fun AssignmentLine(a: ModuleAssignment) {
    Text(
        (if (a.done) "✓ " else "• ") + a.text,
        style = MaterialTheme.typography.bodyLarge,
        modifier = Modifier.testTag("assignment-${a.stepId}"),
    )
}
