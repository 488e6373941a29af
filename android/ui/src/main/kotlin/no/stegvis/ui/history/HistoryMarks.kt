package no.stegvis.ui.history

import no.stegvis.core.HistoryKind
import no.stegvis.core.HistoryMark

/** The glyph of each kind of marker; the legend under the grid says what each means. */
fun glyph(kind: HistoryKind): String = when (kind) {
    HistoryKind.STEP_DONE -> "✓"
    HistoryKind.REPEAT_DONE -> "↻"
    HistoryKind.CHECKIN -> "●"
    HistoryKind.DOSE -> "◑"
    HistoryKind.PLAN_SAVED -> "P"
    HistoryKind.CONSENT -> "⇄"
    HistoryKind.MODULE_STARTED -> "M"
    HistoryKind.MODULE_DONE -> "M✓"
    HistoryKind.SCALE_RATED -> "★"
}

/** A marker as drawn in a day's cell: "✓2", "●+", "◑1/2", "P". */
fun token(mark: HistoryMark): String {
    val g = glyph(mark.kind)
    return when (mark.kind) {
        HistoryKind.STEP_DONE, HistoryKind.REPEAT_DONE -> "$g${mark.count}"
        HistoryKind.CHECKIN -> if (mark.withNote) "$g+" else g
        HistoryKind.DOSE -> mark.of?.let { "$g${mark.count}/$it" } ?: "$g${mark.count}"
        else -> g
    }
}
