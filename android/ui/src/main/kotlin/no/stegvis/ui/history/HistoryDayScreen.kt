package no.stegvis.ui.history

import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.padding
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.OutlinedCard
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.ui.Modifier
import androidx.compose.ui.platform.testTag
import androidx.compose.ui.semantics.heading
import androidx.compose.ui.semantics.semantics
import androidx.compose.ui.unit.dp
import no.stegvis.core.HistoryDay
import no.stegvis.core.HistoryItem
import no.stegvis.ui.components.ScreenScaffold
import no.stegvis.ui.text.text

/** One day opened: each thing that happened, with its local time, in the core's words. */
@Composable
fun HistoryDayScreen(day: HistoryDay, onBack: () -> Unit, modifier: Modifier = Modifier) {
    ScreenScaffold(title = text("shell-calendar-title"), onBack = onBack, modifier = modifier) {
        Text(
            day.title,
            style = MaterialTheme.typography.titleLarge,
            modifier = Modifier.semantics { heading() }.testTag("day-title"),
        )
        day.emptyText?.let { Text(it, style = MaterialTheme.typography.bodyLarge) }
        day.items.forEachIndexed { i, item -> ItemCard(item, Modifier.testTag("item-$i")) }
    }
}

@Composable
private fun ItemCard(item: HistoryItem, modifier: Modifier) {
    OutlinedCard(modifier.fillMaxWidth()) {
        // The time on a line of its own, so large text keeps the whole width for the words.
        Column(Modifier.padding(12.dp), verticalArrangement = Arrangement.spacedBy(4.dp)) {
            item.timeLabel?.let { Text(it, style = MaterialTheme.typography.labelLarge) }
            Text(item.text, style = MaterialTheme.typography.bodyLarge)
            item.details.forEach { Text(it, style = MaterialTheme.typography.bodyMedium) }
        }
    }
}
