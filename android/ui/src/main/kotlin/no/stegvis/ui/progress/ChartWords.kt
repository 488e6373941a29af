package no.stegvis.ui.progress

import androidx.compose.material3.MaterialTheme
import androidx.compose.runtime.Composable
import androidx.compose.ui.graphics.Color

/** A chart's numbers in words: "title: label value, label value, …". */
internal fun series(title: String, points: List<Pair<String, String>>): String =
    "$title: " + points.joinToString(", ") { (label, value) -> "$label $value" }

@Composable
internal fun lineColor(index: Int): Color {
    val c = MaterialTheme.colorScheme
    val palette = listOf(c.primary, c.tertiary, c.secondary)
    return palette[index % palette.size]
}
