package no.stegvis.ui.history

import androidx.compose.foundation.BorderStroke
import androidx.compose.foundation.clickable
import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Box
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.Row
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.heightIn
import androidx.compose.foundation.layout.padding
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.OutlinedButton
import androidx.compose.material3.Surface
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.ui.Alignment
import androidx.compose.ui.Modifier
import androidx.compose.ui.platform.testTag
import androidx.compose.ui.semantics.Role
import androidx.compose.ui.semantics.clearAndSetSemantics
import androidx.compose.ui.semantics.contentDescription
import androidx.compose.ui.semantics.heading
import androidx.compose.ui.semantics.role
import androidx.compose.ui.semantics.semantics
import androidx.compose.ui.text.font.FontWeight
import androidx.compose.ui.unit.dp
import no.stegvis.core.HistoryCell
import no.stegvis.core.HistoryDayPlace
import no.stegvis.core.HistoryMonth
import no.stegvis.ui.components.ScreenScaffold
import no.stegvis.ui.text.text
import no.stegvis.ui.theme.MinTouch

/**
 * A month of history: Monday-first weeks, each day a large cell with its number and
 * plain markers (what happened, never what did not), the month before and after, and a
 * legend. A screen reader hears each day's date and what it holds; a tap opens the day.
 */
@Composable
fun HistoryScreen(
    month: HistoryMonth,
    onMonth: (String) -> Unit,
    onDay: (String) -> Unit,
    onBack: () -> Unit,
    modifier: Modifier = Modifier,
) {
    ScreenScaffold(title = text("shell-calendar-title"), onBack = onBack, modifier = modifier) {
        Text(
            month.title,
            style = MaterialTheme.typography.titleLarge,
            modifier = Modifier.semantics { heading() }.testTag("month-title"),
        )
        Row(Modifier.fillMaxWidth(), horizontalArrangement = Arrangement.spacedBy(8.dp)) {
            OutlinedButton(
                onClick = { onMonth(month.previousMonth) },
                modifier = Modifier.weight(1f).heightIn(min = MinTouch).testTag("previous-month"),
            ) { Text(text("shell-calendar-previous")) }
            month.nextMonth?.let { next ->
                OutlinedButton(
                    onClick = { onMonth(next) },
                    modifier = Modifier.weight(1f).heightIn(min = MinTouch).testTag("next-month"),
                ) { Text(text("shell-calendar-next")) }
            }
        }
        Row(Modifier.fillMaxWidth().clearAndSetSemantics {}) {
            month.weekdayNames.forEach { name ->
                Text(
                    name,
                    style = MaterialTheme.typography.labelMedium,
                    modifier = Modifier.weight(1f).padding(horizontal = 2.dp),
                )
            }
        }
        Column(verticalArrangement = Arrangement.spacedBy(4.dp)) {
            month.weeks.forEach { week ->
                Row(Modifier.fillMaxWidth(), horizontalArrangement = Arrangement.spacedBy(4.dp)) {
                    week.days.forEach { cell -> DayCell(cell, onDay, Modifier.weight(1f)) }
                }
            }
        }
        month.emptyText?.let { Text(it, style = MaterialTheme.typography.bodyLarge) }
        Legend(month)
    }
}

@Composable
private fun DayCell(cell: HistoryCell, onDay: (String) -> Unit, modifier: Modifier) {
    val colors = MaterialTheme.colorScheme
    val opens = cell.place == HistoryDayPlace.IN_MONTH
    val base = modifier.heightIn(min = 64.dp).testTag("day-${cell.date}")
    val clickable = if (opens) base.clickable(onClick = { onDay(cell.date) }) else base
    Surface(
        shape = MaterialTheme.shapes.small,
        color = if (cell.isToday) colors.secondaryContainer else colors.surface,
        contentColor = if (opens) colors.onSurface else colors.onSurfaceVariant,
        border = BorderStroke(if (cell.isToday) 3.dp else 1.dp, if (cell.isToday) colors.primary else colors.outlineVariant),
        modifier = clickable.clearAndSetSemantics {
            contentDescription = cell.description
            if (opens) role = Role.Button
        },
    ) {
        if (cell.place == HistoryDayPlace.OUTSIDE_MONTH) return@Surface
        Column(Modifier.padding(4.dp), horizontalAlignment = Alignment.Start) {
            Text(
                cell.dayNumber.toString(),
                style = MaterialTheme.typography.bodyMedium,
                fontWeight = if (cell.isToday) FontWeight.Bold else FontWeight.Normal,
            )
            cell.marks.forEach { Text(token(it), style = MaterialTheme.typography.labelSmall) }
        }
    }
}

@Composable
private fun Legend(month: HistoryMonth) {
    Column(Modifier.fillMaxWidth().testTag("legend"), verticalArrangement = Arrangement.spacedBy(4.dp)) {
        Text(
            text("shell-calendar-legend"),
            style = MaterialTheme.typography.titleMedium,
            modifier = Modifier.semantics { heading() },
        )
        month.legend.forEach { line ->
            Row(horizontalArrangement = Arrangement.spacedBy(12.dp), verticalAlignment = Alignment.CenterVertically) {
                Box(Modifier.heightIn(min = 24.dp), contentAlignment = Alignment.Center) {
                    Text(glyph(line.kind), style = MaterialTheme.typography.bodyLarge)
                }
                Text(line.label, style = MaterialTheme.typography.bodyMedium)
            }
        }
    }
}
