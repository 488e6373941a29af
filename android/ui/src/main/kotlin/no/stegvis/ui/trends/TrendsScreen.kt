package no.stegvis.ui.trends

import androidx.compose.foundation.BorderStroke
import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Box
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.ExperimentalLayoutApi
import androidx.compose.foundation.layout.FlowRow
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.heightIn
import androidx.compose.foundation.layout.padding
import androidx.compose.foundation.layout.widthIn
import androidx.compose.foundation.selection.selectable
import androidx.compose.foundation.selection.selectableGroup
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.OutlinedCard
import androidx.compose.material3.Surface
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.ui.Alignment
import androidx.compose.ui.Modifier
import androidx.compose.ui.graphics.Color
import androidx.compose.ui.platform.testTag
import androidx.compose.ui.semantics.Role
import androidx.compose.ui.semantics.heading
import androidx.compose.ui.semantics.semantics
import androidx.compose.ui.unit.dp
import no.stegvis.core.SignSeries
import no.stegvis.core.Trend
import no.stegvis.ui.components.ScreenScaffold
import no.stegvis.ui.text.text

private const val FOUR_WEEKS = 4
private const val EIGHT_WEEKS = 8
private const val TWELVE_WEEKS = 12

/** The periods a person can pick (the first is shown first), with their shell words. */
val TREND_WEEKS: List<Pair<Int, String>> = listOf(
    FOUR_WEEKS to "shell-trends-weeks-4",
    EIGHT_WEEKS to "shell-trends-weeks-8",
    TWELVE_WEEKS to "shell-trends-weeks-12",
)

/**
 * The signs over the last weeks: a choice of 4, 8 or 12 weeks, the period, one chart
 * per sign (days without a check-in are gaps) and the core's plain summary under them.
 */
@Composable
fun TrendsScreen(trend: Trend, onWeeks: (Int) -> Unit, onBack: () -> Unit, modifier: Modifier = Modifier) {
    ScreenScaffold(title = text("shell-nav-trends"), onBack = onBack, modifier = modifier) {
        WeeksChoice(trend.weeks.toInt(), onWeeks)
        Text(trend.periodLabel, style = MaterialTheme.typography.titleMedium)
        trend.perSign.forEachIndexed { i, sign -> SignChart(trend, sign, lineColor(i)) }
        Text(trend.summary, style = MaterialTheme.typography.bodyLarge, modifier = Modifier.testTag("summary"))
    }
}

@Composable
private fun SignChart(trend: Trend, sign: SignSeries, color: Color) {
    OutlinedCard(Modifier.fillMaxWidth()) {
        Column(Modifier.padding(16.dp), verticalArrangement = Arrangement.spacedBy(4.dp)) {
            Text(sign.name, style = MaterialTheme.typography.titleMedium, modifier = Modifier.semantics { heading() })
            TrendChart(sign = sign, days = trend.perDay, scale = trend.scale, color = color)
        }
    }
}

/** A line colour per chart from the theme, so each reads in light and dark. */
@Composable
private fun lineColor(index: Int): Color {
    val c = MaterialTheme.colorScheme
    val palette = listOf(c.primary, c.tertiary, c.secondary)
    return palette[index % palette.size]
}

@OptIn(ExperimentalLayoutApi::class)
@Composable
private fun WeeksChoice(weeks: Int, onWeeks: (Int) -> Unit) {
    FlowRow(
        modifier = Modifier.fillMaxWidth().selectableGroup(),
        horizontalArrangement = Arrangement.spacedBy(8.dp),
        verticalArrangement = Arrangement.spacedBy(8.dp),
    ) {
        TREND_WEEKS.forEach { (n, label) ->
            val selected = n == weeks
            val colors = MaterialTheme.colorScheme
            Surface(
                shape = MaterialTheme.shapes.medium,
                color = if (selected) colors.secondaryContainer else colors.surface,
                contentColor = if (selected) colors.onSecondaryContainer else colors.onSurface,
                border = BorderStroke(if (selected) 3.dp else 1.dp, if (selected) colors.primary else colors.outline),
                modifier = Modifier.widthIn(min = 80.dp).heightIn(min = 48.dp)
                    .selectable(selected = selected, onClick = { onWeeks(n) }, role = Role.RadioButton)
                    .testTag("weeks-$n"),
            ) {
                Box(Modifier.padding(horizontal = 14.dp, vertical = 10.dp), contentAlignment = Alignment.Center) {
                    Text(text(label), style = MaterialTheme.typography.bodyLarge)
                }
            }
        }
    }
}
