package no.stegvis.ui.scale

import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.Row
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.heightIn
import androidx.compose.foundation.layout.padding
import androidx.compose.foundation.selection.selectableGroup
import androidx.compose.material3.Button
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.OutlinedCard
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.ui.Modifier
import androidx.compose.ui.platform.testTag
import androidx.compose.ui.semantics.heading
import androidx.compose.ui.semantics.semantics
import androidx.compose.ui.unit.dp
import no.stegvis.core.ScaleHistory
import no.stegvis.core.ScaleInterval
import no.stegvis.ui.components.ChoiceRow
import no.stegvis.ui.components.ScreenScaffold
import no.stegvis.ui.text.text
import no.stegvis.ui.theme.MinTouch

/**
 * The IMR Scale over time: each rating with its total (said plainly when some topics
 * were skipped), each topic's answers in order, the note on comparing totals, and how
 * often the scale is offered.
 */
@Composable
fun ScaleHistoryScreen(
    history: ScaleHistory,
    onRate: () -> Unit,
    onInterval: (ScaleInterval) -> Unit,
    onBack: () -> Unit,
    modifier: Modifier = Modifier,
) {
    ScreenScaffold(title = text("shell-scale-nav"), onBack = onBack, modifier = modifier) {
        val s = history.settings
        Text(s.lastRatedLabel, style = MaterialTheme.typography.bodyLarge)
        s.nextDueLabel?.let { Text(it, style = MaterialTheme.typography.bodyLarge, modifier = Modifier.testTag("next-due")) }
        Button(onClick = onRate, modifier = Modifier.fillMaxWidth().heightIn(min = MinTouch).testTag("scale-rate")) {
            Text(text("shell-scale-fill-in"))
        }
        history.emptyText?.let { Text(it, style = MaterialTheme.typography.bodyLarge) }
        if (history.ratings.isNotEmpty()) {
            OutlinedCard(Modifier.fillMaxWidth()) {
                Column(Modifier.padding(16.dp), verticalArrangement = Arrangement.spacedBy(4.dp)) {
                    Text(
                        text("shell-scale-history"),
                        style = MaterialTheme.typography.titleMedium,
                        modifier = Modifier.semantics {
                            heading()
                        },
                    )
                    history.ratings.forEach { r ->
                        Text(
                            "${r.label}: ${r.totalLabel}",
                            style = MaterialTheme.typography.bodyLarge,
                            modifier = Modifier.testTag("rating-${r.date}"),
                        )
                    }
                    Text(history.totalNote, style = MaterialTheme.typography.bodyMedium, modifier = Modifier.testTag("total-note"))
                }
            }
            history.series.forEach { series ->
                Row(Modifier.fillMaxWidth().testTag("series-${series.key}"), horizontalArrangement = Arrangement.spacedBy(8.dp)) {
                    Text(series.name, style = MaterialTheme.typography.bodyLarge, modifier = Modifier.weight(1f))
                    Text(series.values.joinToString(" → ") { it?.toString() ?: "–" }, style = MaterialTheme.typography.titleMedium)
                }
            }
        }
        Text(text("shell-scale-every"), style = MaterialTheme.typography.titleMedium, modifier = Modifier.semantics { heading() })
        Column(Modifier.selectableGroup()) {
            s.choices.forEach { c ->
                ChoiceRow(c.label, selected = c.interval == s.interval, onClick = {
                    onInterval(c.interval)
                }, modifier = Modifier.testTag("every-${c.key}"))
            }
        }
    }
}
