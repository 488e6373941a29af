package no.stegvis.ui.goals

import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.FlowRow
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.runtime.Composable
import androidx.compose.ui.Modifier
import androidx.compose.ui.platform.testTag
import androidx.compose.ui.unit.dp
import no.stegvis.core.StepRepeat
import no.stegvis.core.Weekday
import no.stegvis.ui.text.text

/** The four ways a step can be meant: once, every day, some times a week, on chosen days. */
enum class RepeatKind(val key: String) { ONCE("once"), DAILY("daily"), TIMES_A_WEEK("weekly"), WEEKDAYS("weekdays") }

/**
 * How often a step is meant, as the editor holds it while the person chooses. The
 * number of times and the days are kept when switching kinds, so nothing chosen is lost
 * by a mistaken tap. The core checks the rule when it is saved.
 */
data class RepeatDraft(val kind: RepeatKind = RepeatKind.ONCE, val times: UInt = 3u, val days: Set<Weekday> = emptySet()) {
    /** The rule to send to the core; `null` for a step done once. */
    fun rule(): StepRepeat? = when (kind) {
        RepeatKind.ONCE -> null
        RepeatKind.DAILY -> StepRepeat.Daily
        RepeatKind.TIMES_A_WEEK -> StepRepeat.TimesAWeek(times)
        RepeatKind.WEEKDAYS -> StepRepeat.Weekdays(Weekday.entries.filter { it in days })
    }

    companion object {
        /** The draft for a step's current rule. */
        fun of(rule: StepRepeat?): RepeatDraft = when (rule) {
            null -> RepeatDraft()
            is StepRepeat.Daily -> RepeatDraft(RepeatKind.DAILY)
            is StepRepeat.TimesAWeek -> RepeatDraft(RepeatKind.TIMES_A_WEEK, times = rule.times)
            is StepRepeat.Weekdays -> RepeatDraft(RepeatKind.WEEKDAYS, days = rule.days.toSet())
        }
    }
}

private val TIMES = (1u..7u).toList()

/**
 * Choosing how often a step is meant: four big choices, then, for "times a week", the
 * number (1 to 7), and for "on chosen days", the days. Every choice is at least 48 dp.
 * [tagPrefix] keeps the test tags apart when a screen shows two pickers.
 */
@Composable
fun RepeatPicker(draft: RepeatDraft, onChange: (RepeatDraft) -> Unit, modifier: Modifier = Modifier, tagPrefix: String = "") {
    Column(modifier.fillMaxWidth(), verticalArrangement = Arrangement.spacedBy(4.dp)) {
        Question(text("shell-repeat-ask"), small = true)
        FlowRow(horizontalArrangement = Arrangement.spacedBy(8.dp)) {
            RepeatKind.entries.forEach { kind ->
                OutlinedChoice(
                    text("shell-repeat-${kind.key}"),
                    selected = draft.kind == kind,
                    onClick = { onChange(draft.copy(kind = kind)) },
                    modifier = Modifier.testTag(tagPrefix + "repeat-${kind.key}"),
                )
            }
        }
        when (draft.kind) {
            RepeatKind.TIMES_A_WEEK -> {
                Question(text("shell-repeat-how-many"), small = true)
                FlowRow(horizontalArrangement = Arrangement.spacedBy(8.dp)) {
                    TIMES.forEach { n ->
                        OutlinedChoice(
                            n.toString(),
                            selected = draft.times == n,
                            onClick = { onChange(draft.copy(times = n)) },
                            modifier = Modifier.testTag(tagPrefix + "times-$n"),
                        )
                    }
                }
            }

            RepeatKind.WEEKDAYS -> {
                Question(text("shell-repeat-which-days"), small = true)
                FlowRow(horizontalArrangement = Arrangement.spacedBy(8.dp)) {
                    Weekday.entries.forEach { day ->
                        val key = day.name.lowercase()
                        val chosen = day in draft.days
                        OutlinedChoice(
                            text("shell-repeat-day-$key"),
                            selected = chosen,
                            onClick = { onChange(draft.copy(days = if (chosen) draft.days - day else draft.days + day)) },
                            modifier = Modifier.testTag(tagPrefix + "day-$key"),
                        )
                    }
                }
            }

            else -> {}
        }
    }
}
