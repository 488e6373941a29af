package no.stegvis.ui.trends

import androidx.compose.foundation.Canvas
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.Row
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.height
import androidx.compose.foundation.layout.padding
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.ui.Modifier
import androidx.compose.ui.geometry.Offset
import androidx.compose.ui.graphics.Color
import androidx.compose.ui.graphics.PathEffect
import androidx.compose.ui.graphics.drawscope.DrawScope
import androidx.compose.ui.platform.testTag
import androidx.compose.ui.semantics.contentDescription
import androidx.compose.ui.semantics.semantics
import androidx.compose.ui.text.style.TextAlign
import androidx.compose.ui.unit.dp
import no.stegvis.core.SignSeries
import no.stegvis.core.TrendDay

/** The highest rating: the top grid line. */
private const val TOP_RATING = 3.0

/** Dashes and gaps of the grid lines above "not at all", in pixels. */
private const val DASH_PX = 6f
private val DASH = floatArrayOf(DASH_PX, DASH_PX)

/** Dots are at most this fraction of the distance between two days. */
private const val DOT_SHARE = 0.4f

/** The largest and smallest dot, and the widest line. */
private val DOT = 4.dp
private val SMALL_DOT = 1.5.dp
private val LINE = 3.dp

/**
 * One sign's daily ratings as a line over the period: a point per day with a rating,
 * lines only between neighbouring days, so a day without a check-in is a gap. Grid
 * lines mark the four rating words, which are written beside it (the lowest and the
 * highest) and the dates under it come from the core. The sign's description is what a
 * screen reader says instead of the picture.
 */
@Composable
fun TrendChart(sign: SignSeries, days: List<TrendDay>, scale: List<String>, color: Color, modifier: Modifier = Modifier) {
    val grid = MaterialTheme.colorScheme.outlineVariant
    Column(modifier.fillMaxWidth()) {
        scale.lastOrNull()?.let { AxisWord(it) }
        Canvas(
            modifier = Modifier.fillMaxWidth().height(120.dp).padding(vertical = 6.dp)
                .semantics { contentDescription = sign.description }
                .testTag("chart"),
        ) {
            drawGrid(grid)
            drawSeries(sign.series.daily, color)
        }
        scale.firstOrNull()?.let { AxisWord(it) }
        DateAxis(days)
    }
}

@Composable
private fun AxisWord(word: String) {
    Text(word, style = MaterialTheme.typography.labelMedium, color = MaterialTheme.colorScheme.onSurfaceVariant)
}

/** The first, middle and last day's labels, as the core wrote them. */
@Composable
private fun DateAxis(days: List<TrendDay>) {
    if (days.isEmpty()) return
    val marks = listOf(days.first(), days[days.size / 2], days.last())
    Row(Modifier.fillMaxWidth().padding(top = 4.dp)) {
        marks.forEachIndexed { i, day ->
            Text(
                day.label,
                style = MaterialTheme.typography.labelMedium,
                textAlign = when (i) {
                    0 -> TextAlign.Start
                    1 -> TextAlign.Center
                    else -> TextAlign.End
                },
                modifier = Modifier.weight(1f),
            )
        }
    }
}

private fun DrawScope.drawGrid(color: Color) {
    for (level in 0..TOP_RATING.toInt()) {
        val y = yOf(level.toDouble())
        drawLine(
            color = color,
            start = Offset(0f, y),
            end = Offset(size.width, y),
            strokeWidth = 1.dp.toPx(),
            pathEffect = if (level == 0) null else PathEffect.dashPathEffect(DASH),
        )
    }
}

private fun DrawScope.drawSeries(daily: List<Double?>, color: Color) {
    if (daily.isEmpty()) return
    val step = if (daily.size > 1) size.width / (daily.size - 1) else 0f
    val point = { i: Int, v: Double -> Offset(i * step, yOf(v)) }
    // Dots shrink over long periods so neighbouring days stay apart.
    val radius = minOf(DOT.toPx(), step * DOT_SHARE).coerceAtLeast(SMALL_DOT.toPx())
    daily.forEachIndexed { i, value ->
        if (value == null) return@forEachIndexed
        val next = daily.getOrNull(i + 1)
        if (next != null) {
            drawLine(color, point(i, value), point(i + 1, next), strokeWidth = minOf(LINE.toPx(), radius))
        }
        drawCircle(color, radius = radius, center = point(i, value))
    }
}

private fun DrawScope.yOf(value: Double): Float = (size.height * (1 - value / TOP_RATING)).toFloat()
