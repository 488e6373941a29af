package no.stegvis.ui.meds

import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.heightIn
import androidx.compose.material3.Button
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.remember
import androidx.compose.runtime.setValue
import androidx.compose.ui.Modifier
import androidx.compose.ui.platform.testTag
import androidx.compose.ui.unit.dp
import no.stegvis.core.Field
import no.stegvis.core.NewSchedule
import no.stegvis.core.Repeat
import no.stegvis.core.Weekday
import no.stegvis.core.ZonePolicy
import no.stegvis.core.parseMedAmounts
import no.stegvis.core.parseMedNumber
import no.stegvis.ui.components.ChoiceRow
import no.stegvis.ui.components.FieldKind
import no.stegvis.ui.components.LabeledField
import no.stegvis.ui.components.SectionTitle
import no.stegvis.ui.components.ToggleRow
import no.stegvis.ui.text.text
import no.stegvis.ui.theme.MinTouch

private enum class Days { DAILY, WEEKDAYS, EVERY }

/** What the person has typed and chosen so far; sent to the core as typed. */
private class ScheduleDraft {
    var times by mutableStateOf("")
    var amounts by mutableStateOf("")
    var days by mutableStateOf(Days.DAILY)
    var weekdays by mutableStateOf(setOf<Weekday>())
    var every by mutableStateOf("")
    var pinned by mutableStateOf(false)
    var zone by mutableStateOf("")

    fun toSchedule() = NewSchedule(
        times = parts(times),
        repeat = when (days) {
            Days.DAILY -> Repeat.Daily
            Days.WEEKDAYS -> Repeat.Weekdays(Weekday.entries.filter { it in weekdays })
            Days.EVERY -> Repeat.EveryDays((parseMedNumber(every, Field.EVERY_DAYS) ?: 0L).coerceIn(0L, UInt.MAX_VALUE.toLong()).toUInt())
        },
        startDate = null,
        endDate = null,
        zonePolicy = if (pinned) ZonePolicy.Pinned(zone.trim()) else ZonePolicy.FollowDevice,
        amounts = parseMedAmounts(amounts),
    )
}

/**
 * New times for a medicine, typed as the person says them ("08:00, 22:00"), with an
 * amount for each, the days, and whether the times follow the phone or stay in one
 * zone. The text goes to the core as typed; the core checks and explains.
 */
@Composable
fun ScheduleForm(onSave: (build: () -> NewSchedule) -> Unit, modifier: Modifier = Modifier) {
    val draft = remember { ScheduleDraft() }
    Column(modifier, verticalArrangement = Arrangement.spacedBy(8.dp)) {
        SectionTitle(text("shell-meds-add-schedule"))
        LabeledField(text("shell-meds-times"), draft.times, { draft.times = it }, "schedule-times")
        LabeledField(text("shell-meds-amounts"), draft.amounts, { draft.amounts = it }, "schedule-amounts")
        Text(text("shell-meds-amounts-hint"), style = MaterialTheme.typography.bodySmall)
        DaysChoice(draft)
        ZoneChoice(draft)
        Button(
            onClick = { onSave { draft.toSchedule() } },
            modifier = Modifier.fillMaxWidth().heightIn(min = MinTouch).testTag("schedule-save"),
        ) { Text(text("shell-meds-add-schedule")) }
    }
}

@Composable
private fun DaysChoice(draft: ScheduleDraft) {
    DayChoice(draft, Days.DAILY, "shell-meds-daily", "schedule-daily")
    DayChoice(draft, Days.WEEKDAYS, "shell-meds-weekdays", "schedule-weekdays")
    if (draft.days == Days.WEEKDAYS) {
        WEEKDAYS.forEach { (day, label) ->
            val tag = Modifier.testTag("schedule-${day.name}")
            ToggleRow(text(label), day in draft.weekdays, { on -> draft.toggle(day, on) }, tag)
        }
    }
    DayChoice(draft, Days.EVERY, "shell-meds-every", "schedule-every")
    if (draft.days == Days.EVERY) {
        val label = text("shell-meds-every-days")
        LabeledField(label, draft.every, { draft.every = it }, "schedule-every-days", FieldKind.NUMBER)
    }
}

private fun ScheduleDraft.toggle(day: Weekday, on: Boolean) {
    weekdays = if (on) weekdays + day else weekdays - day
}

@Composable
private fun DayChoice(draft: ScheduleDraft, days: Days, label: String, tag: String) {
    ChoiceRow(text(label), draft.days == days, { draft.days = days }, Modifier.testTag(tag))
}

@Composable
private fun ZoneChoice(draft: ScheduleDraft) {
    ChoiceRow(text("shell-meds-follow-device"), !draft.pinned, {
        draft.pinned = false
    }, Modifier.testTag("schedule-follow"))
    ChoiceRow(text("shell-meds-pinned"), draft.pinned, { draft.pinned = true }, Modifier.testTag("schedule-pinned"))
    if (draft.pinned) LabeledField(text("shell-meds-zone"), draft.zone, { draft.zone = it }, "schedule-zone")
}

/** The pieces of a list typed with commas, as typed; the core checks each. */
private fun parts(typed: String): List<String> = typed.split(',').map { it.trim() }.filter { it.isNotEmpty() }

private val WEEKDAYS = listOf(
    Weekday.MON to "shell-meds-mon",
    Weekday.TUE to "shell-meds-tue",
    Weekday.WED to "shell-meds-wed",
    Weekday.THU to "shell-meds-thu",
    Weekday.FRI to "shell-meds-fri",
    Weekday.SAT to "shell-meds-sat",
    Weekday.SUN to "shell-meds-sun",
)
