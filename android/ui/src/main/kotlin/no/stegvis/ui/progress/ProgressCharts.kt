package no.stegvis.ui.progress

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
import androidx.compose.ui.geometry.Size
import androidx.compose.ui.graphics.Color
import androidx.compose.ui.graphics.drawscope.DrawScope
import androidx.compose.ui.platform.testTag
import androidx.compose.ui.semantics.contentDescription
import androidx.compose.ui.semantics.semantics
import androidx.compose.ui.text.style.TextAlign
import androidx.compose.ui.unit.dp
import java.util.Locale

/** The share of a bar's slot the bar fills; the rest is the gap to the next. */
private const val BAR_SHARE = 0.6f

private val DOT = 3.dp
private val LINE = 2.dp

/**
 * Values over time as a line: a point per value, lines only between neighbours, so a
 * week without a value is a gap. `top` is the value at the top edge. [description] is
 * what a screen reader says instead of the picture.
 */
@Composable
fun LineChart(values: List<Double?>, top: Double, color: Color, description: String, labels: List<String>, tag: String) {
    val grid = MaterialTheme.colorScheme.outlineVariant
    Column(Modifier.fillMaxWidth()) {
        Canvas(
            Modifier.fillMaxWidth().height(96.dp).padding(vertical = 6.dp)
                .semantics { contentDescription = description }
                .testTag(tag),
        ) {
            drawBaseline(grid)
            val step = if (values.size > 1) size.width / (values.size - 1) else 0f
            val point = { i: Int, v: Double -> Offset(i * step, yOf(v, top)) }
            values.forEachIndexed { i, value ->
                if (value == null) return@forEachIndexed
                values.getOrNull(i + 1)?.let { drawLine(color, point(i, value), point(i + 1, it), strokeWidth = LINE.toPx()) }
                drawCircle(color, radius = DOT.toPx(), center = point(i, value))
            }
        }
        EdgeLabels(labels)
    }
}

/** Values over time as bars from the bottom edge; a missing value is an empty slot. */
@Composable
fun BarChart(values: List<Double?>, top: Double, color: Color, description: String, labels: List<String>, tag: String) {
    val grid = MaterialTheme.colorScheme.outlineVariant
    Column(Modifier.fillMaxWidth()) {
        Canvas(
            Modifier.fillMaxWidth().height(96.dp).padding(vertical = 6.dp)
                .semantics { contentDescription = description }
                .testTag(tag),
        ) {
            drawBaseline(grid)
            if (values.isEmpty()) return@Canvas
            val slot = size.width / values.size
            values.forEachIndexed { i, value ->
                if (value == null) return@forEachIndexed
                val y = yOf(value, top)
                drawRect(
                    color,
                    topLeft = Offset(i * slot + slot * (1 - BAR_SHARE) / 2, y),
                    size = Size(slot * BAR_SHARE, size.height - y),
                )
            }
        }
        EdgeLabels(labels)
    }
}

/** The first and last label under a chart, as the core wrote them. */
@Composable
private fun EdgeLabels(labels: List<String>) {
    if (labels.isEmpty()) return
    Row(Modifier.fillMaxWidth().padding(top = 2.dp)) {
        Text(labels.first(), style = MaterialTheme.typography.labelMedium, modifier = Modifier.weight(1f))
        if (labels.size > 1) {
            Text(labels.last(), style = MaterialTheme.typography.labelMedium, textAlign = TextAlign.End, modifier = Modifier.weight(1f))
        }
    }
}

private fun DrawScope.drawBaseline(color: Color) {
    drawLine(color, Offset(0f, size.height), Offset(size.width, size.height), strokeWidth = 1.dp.toPx())
}

private fun DrawScope.yOf(value: Double, top: Double): Float = (size.height * (1 - (value / top).coerceIn(0.0, 1.0))).toFloat()

/** A chart's numbers in words: "title: label value, label value, …". */
internal fun series(title: String, points: List<Pair<String, String>>): String =
    "$title: " + points.joinToString(", ") { (label, value) -> "$label $value" }

/** One decimal, with the comma or point of the device's language. */
internal fun decimal(value: Double): String = String.format(Locale.getDefault(), "%.1f", value)

@Composable
internal fun lineColor(index: Int): Color {
    val c = MaterialTheme.colorScheme
    val palette = listOf(c.primary, c.tertiary, c.secondary)
    return palette[index % palette.size]
}
