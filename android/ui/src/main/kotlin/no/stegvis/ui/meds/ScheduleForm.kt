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
import no.stegvis.core.NewSchedule
import no.stegvis.core.Repeat
import no.stegvis.core.Weekday
import no.stegvis.core.ZonePolicy
import no.stegvis.ui.components.ChoiceRow
import no.stegvis.ui.components.LabeledField
import no.stegvis.ui.components.ToggleRow
import no.stegvis.ui.text.text
import no.stegvis.ui.theme.MinTouch

private enum class Days { DAILY, WEEKDAYS, EVERY }

/**
 * New times for a medicine, typed as the person says them ("08:00, 22:00"), with an
 * amount for each, the days, and whether the times follow the phone or stay in one
 * zone. The text goes to the core as typed; the core checks and explains.
 */
@Composable
fun ScheduleForm(onSave: (NewSchedule) -> Unit, modifier: Modifier = Modifier) {
    var times by remember { mutableStateOf("") }
    var amounts by remember { mutableStateOf("") }
    var days by remember { mutableStateOf(Days.DAILY) }
    var weekdays by remember { mutableStateOf(setOf<Weekday>()) }
    var every by remember { mutableStateOf("") }
    var pinned by remember { mutableStateOf(false) }
    var zone by remember { mutableStateOf("") }
    Column(modifier, verticalArrangement = Arrangement.spacedBy(8.dp)) {
        LabeledField(text("shell-meds-times"), times, { times = it }, "schedule-times")
        Text(text("shell-meds-amounts-hint"), style = MaterialTheme.typography.bodySmall)
        LabeledField(text("shell-meds-amounts"), amounts, { amounts = it.filter { c -> c.isDigit() || c == ',' || c == ' ' } }, "schedule-amounts")
        ChoiceRow(text("shell-meds-daily"), days == Days.DAILY, { days = Days.DAILY }, Modifier.testTag("schedule-daily"))
        ChoiceRow(text("shell-meds-weekdays"), days == Days.WEEKDAYS, { days = Days.WEEKDAYS }, Modifier.testTag("schedule-weekdays"))
        if (days == Days.WEEKDAYS) {
            WEEKDAYS.forEach { (day, label) ->
                ToggleRow(text(label), day in weekdays, { on -> weekdays = if (on) weekdays + day else weekdays - day }, Modifier.testTag("schedule-${day.name}"))
            }
        }
        ChoiceRow(text("shell-meds-every"), days == Days.EVERY, { days = Days.EVERY }, Modifier.testTag("schedule-every"))
        if (days == Days.EVERY) LabeledField(text("shell-meds-every-days"), every, { every = digits(it) }, "schedule-every-days", numbers = true)
        ChoiceRow(text("shell-meds-follow-device"), !pinned, { pinned = false }, Modifier.testTag("schedule-follow"))
        ChoiceRow(text("shell-meds-pinned"), pinned, { pinned = true }, Modifier.testTag("schedule-pinned"))
        if (pinned) LabeledField(text("shell-meds-zone"), zone, { zone = it }, "schedule-zone")
        Button(
            onClick = {
                onSave(
                    NewSchedule(
                        times = parts(times),
                        repeat = when (days) {
                            Days.DAILY -> Repeat.Daily
                            Days.WEEKDAYS -> Repeat.Weekdays(Weekday.entries.filter { it in weekdays })
                            Days.EVERY -> Repeat.EveryDays(every.toUIntOrNull() ?: 0u)
                        },
                        startDate = null,
                        endDate = null,
                        zonePolicy = if (pinned) ZonePolicy.Pinned(zone.trim()) else ZonePolicy.FollowDevice,
                        amounts = parts(amounts).mapNotNull { it.toLongOrNull() }.ifEmpty { null },
                    ),
                )
            },
            modifier = Modifier.fillMaxWidth().heightIn(min = MinTouch).testTag("schedule-save"),
        ) { Text(text("shell-meds-add-schedule")) }
    }
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
