package no.stegvis.ui.today

import androidx.compose.foundation.BorderStroke
import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.ExperimentalLayoutApi
import androidx.compose.foundation.layout.FlowRow
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.heightIn
import androidx.compose.foundation.layout.padding
import androidx.compose.material3.Button
import androidx.compose.material3.ButtonDefaults
import androidx.compose.material3.Card
import androidx.compose.material3.CardDefaults
import androidx.compose.material3.LocalContentColor
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.OutlinedButton
import androidx.compose.material3.Text
import androidx.compose.material3.TextButton
import androidx.compose.runtime.Composable
import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.remember
import androidx.compose.runtime.setValue
import androidx.compose.ui.Modifier
import androidx.compose.ui.platform.testTag
import androidx.compose.ui.semantics.heading
import androidx.compose.ui.semantics.semantics
import androidx.compose.ui.unit.dp
import no.stegvis.core.DoseAction
import no.stegvis.core.SnoozeChoice
import no.stegvis.core.TodayItem
import no.stegvis.core.TodayItemKind
import no.stegvis.core.TodaySectionKind
import no.stegvis.core.TodayView
import no.stegvis.ui.Routes
import no.stegvis.ui.components.ScreenScaffold
import no.stegvis.ui.text.text
import no.stegvis.ui.theme.MinTouch

/**
 * Today, as the core's [TodayView] orders it: its title, every section with its items
 * and their one-tap actions, the plan block when the core raised one, or the core's
 * kind words when there is nothing at all.
 */
@Composable
fun TodayScreen(view: TodayView, actions: TodayActions, modifier: Modifier = Modifier) {
    ScreenScaffold(
        title = view.title,
        modifier = modifier,
        actions = {
            TextButton(onClick = { actions.open(Routes.MENU) }, modifier = Modifier.testTag("menu")) {
                Text(text("shell-menu"))
            }
        },
    ) {
        view.emptyText?.let { Text(it, style = MaterialTheme.typography.bodyLarge) }
        view.sections.forEach { section ->
            SectionHeading(section.title)
            val block = view.planBlock
            if (section.kind == TodaySectionKind.PLAN && block != null) {
                PlanBlockCard(
                    block = block,
                    rulesText = section.items.firstOrNull()?.detail,
                    onOpenPlan = { actions.open(Routes.PLAN) },
                    onDial = actions.dial,
                )
            } else {
                section.items.forEach { item -> TodayItemCard(item, view.snoozeChoices, actions) }
            }
        }
    }
}

@Composable
private fun SectionHeading(title: String) {
    Text(
        text = title,
        style = MaterialTheme.typography.titleMedium,
        color = MaterialTheme.colorScheme.primary,
        modifier = Modifier.padding(top = 8.dp).semantics { heading() },
    )
}

@OptIn(ExperimentalLayoutApi::class)
@Composable
private fun TodayItemCard(item: TodayItem, snoozeChoices: List<SnoozeChoice>, actions: TodayActions) {
    var snoozing by remember(item.occurrenceId) { mutableStateOf(false) }
    Card(modifier = Modifier.fillMaxWidth(), colors = cardColors(item.kind)) {
        Column(Modifier.padding(16.dp), verticalArrangement = Arrangement.spacedBy(8.dp)) {
            Text(item.title, style = MaterialTheme.typography.titleMedium)
            item.detail?.let { Text(it, style = MaterialTheme.typography.bodyMedium) }
            FlowRow(
                horizontalArrangement = Arrangement.spacedBy(8.dp),
                verticalArrangement = Arrangement.spacedBy(8.dp),
            ) {
                ItemButtons(item, actions, onSnooze = { snoozing = !snoozing })
            }
            val occurrence = item.occurrenceId
            if (snoozing && occurrence != null) {
                snoozeChoices.forEach { choice ->
                    val ink = LocalContentColor.current
                    OutlinedButton(
                        colors = ButtonDefaults.outlinedButtonColors(contentColor = ink),
                        border = BorderStroke(1.dp, ink),
                        onClick = {
                            snoozing = false
                            actions.logDose(occurrence, DoseAction.Snooze(choice.minutes))
                        },
                        modifier = Modifier
                            .fillMaxWidth()
                            .heightIn(min = MinTouch)
                            .testTag("snooze-${choice.minutes}-$occurrence"),
                    ) { Text(choice.label) }
                }
            }
        }
    }
}

@Composable
private fun cardColors(kind: TodayItemKind) = when (kind) {
    TodayItemKind.DOSE_MISSED, TodayItemKind.CHECKIN_DUE -> CardDefaults.cardColors(
        containerColor = MaterialTheme.colorScheme.primaryContainer,
        contentColor = MaterialTheme.colorScheme.onPrimaryContainer,
    )

    else -> CardDefaults.cardColors(
        containerColor = MaterialTheme.colorScheme.secondaryContainer,
        contentColor = MaterialTheme.colorScheme.onSecondaryContainer,
    )
}

/** The buttons an item offers, by its kind: the first is the main one. */
@Composable
private fun ItemButtons(item: TodayItem, actions: TodayActions, onSnooze: () -> Unit) {
    when (item.kind) {
        TodayItemKind.CHECKIN_DUE -> Main("shell-today-checkin-open", "open-checkin") { actions.open(Routes.CHECKIN) }

        TodayItemKind.PLAN_PROMPT -> Main("shell-today-plan-open", "open-plan") { actions.open(Routes.PLAN) }

        TodayItemKind.STEP_DUE, TodayItemKind.STEP_OVERDUE, TodayItemKind.NEXT_STEP, TodayItemKind.STALLED_STEP ->
            StepButtons(item, actions)

        TodayItemKind.FOLLOW_UP -> item.problemSolvingId?.let { plan ->
            Main("shell-today-look-back", "look-back-$plan") { actions.open(Routes.lookBackOf(plan)) }
        }

        TodayItemKind.DOSE_DUE, TodayItemKind.DOSE_MISSED, TodayItemKind.DOSE_TAKEN -> DoseButtons(item, actions, onSnooze)

        TodayItemKind.SCALE_DUE -> Main("shell-today-scale-open", "open-scale") { actions.open(Routes.SCALE) }

        TodayItemKind.REFILL -> item.medicationId?.let { med ->
            Other("shell-today-med-open", "med-$med") { actions.open(Routes.medOf(med)) }
        }
    }
}

/** A step: check it off (or, when it is stuck, make a new plan for it), and open its goal. */
@Composable
private fun StepButtons(item: TodayItem, actions: TodayActions) {
    val step = item.stepId ?: return
    if (item.kind == TodayItemKind.STALLED_STEP) {
        Main("shell-today-solve", "solve-$step") { actions.open(Routes.solveOf(step)) }
    } else {
        Main("shell-today-step-done", "done-$step") { actions.completeStep(step) }
    }
    item.goalId?.let { goal -> Other("shell-today-goal-open", "goal-$step") { actions.open(Routes.goalOf(goal)) } }
}

/** A dose not noted yet: take, skip or snooze it; one taken: undo a mistake. */
@Composable
private fun DoseButtons(item: TodayItem, actions: TodayActions, onSnooze: () -> Unit) {
    val occurrence = item.occurrenceId ?: return
    if (item.kind == TodayItemKind.DOSE_TAKEN) {
        Other("shell-today-dose-undo", "undo-$occurrence") { actions.undoDose(occurrence) }
        return
    }
    Main("shell-today-dose-take", "take-$occurrence") { actions.logDose(occurrence, DoseAction.Take(null)) }
    Other("shell-today-dose-skip", "skip-$occurrence") { actions.logDose(occurrence, DoseAction.Skip(null)) }
    Other("shell-today-dose-snooze", "snooze-$occurrence", onSnooze)
}

@Composable
private fun Main(label: String, tag: String, onClick: () -> Unit) {
    Button(onClick = onClick, modifier = Modifier.heightIn(min = MinTouch).testTag(tag)) { Text(text(label)) }
}

/** A second action: outlined in the card's own text colour, so it reads on any card, light or dark. */
@Composable
private fun Other(label: String, tag: String, onClick: () -> Unit) {
    val ink = LocalContentColor.current
    OutlinedButton(
        onClick = onClick,
        colors = ButtonDefaults.outlinedButtonColors(contentColor = ink),
        border = BorderStroke(1.dp, ink),
        modifier = Modifier.heightIn(min = MinTouch).testTag(tag),
    ) { Text(text(label)) }
}
