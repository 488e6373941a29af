package no.stegvis.ui.meds

import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.ExperimentalLayoutApi
import androidx.compose.foundation.layout.FlowRow
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.heightIn
import androidx.compose.foundation.layout.padding
import androidx.compose.material3.Button
import androidx.compose.material3.Card
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.OutlinedButton
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.runtime.LaunchedEffect
import androidx.compose.runtime.getValue
import androidx.compose.runtime.key
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.remember
import androidx.compose.runtime.setValue
import androidx.compose.ui.Modifier
import androidx.compose.ui.platform.testTag
import androidx.compose.ui.unit.dp
import no.stegvis.core.DoctorNote
import no.stegvis.core.DoseDay
import no.stegvis.core.MedStatus
import no.stegvis.core.Medication
import no.stegvis.core.MedicationEdit
import no.stegvis.core.NewSchedule
import no.stegvis.core.Schedule
import no.stegvis.ui.AppCore
import no.stegvis.ui.Navigator
import no.stegvis.ui.components.LabeledField
import no.stegvis.ui.components.ScreenScaffold
import no.stegvis.ui.components.SectionTitle
import no.stegvis.ui.text.text
import no.stegvis.ui.theme.MinTouch

/** What the person can do on a medicine's screen; each is one call to the core. */
class MedActions(
    val edit: (build: () -> MedicationEdit) -> Boolean,
    val addSchedule: (build: () -> NewSchedule) -> Unit,
    val endSchedule: (scheduleId: String) -> Unit,
    val setStatus: (MedStatus) -> Unit,
    val addNote: (String) -> Unit,
)

/** One medicine as the core shows it, its doses of the last two weeks (newest day first), and the notes about it. */
data class MedView(val med: Medication, val history: List<DoseDay>, val notes: List<DoctorNote>)

/**
 * One medicine: its words and state, its times (with a form for new ones), pause / stop /
 * take again, the last two weeks of doses in the core's words, and notes for the doctor.
 */
@Composable
fun MedScreen(view: MedView, actions: MedActions, onBack: () -> Unit, modifier: Modifier = Modifier) {
    val (med, history, notes) = view
    ScreenScaffold(title = med.name, onBack = onBack, modifier = modifier) {
        MedFacts(med)
        key(med) { MedEdit(med, actions.edit) }
        StatusButtons(med.status, actions.setStatus)
        SectionTitle(text("shell-meds-schedules"))
        if (med.asNeeded) Text(text("shell-meds-as-needed"))
        med.schedules.forEachIndexed { i, schedule -> ScheduleCard(schedule, i, actions.endSchedule) }
        key(med.schedules.size) { ScheduleForm(onSave = actions.addSchedule) }
        SectionTitle(text("shell-meds-history"))
        if (history.isEmpty()) Text(text("shell-meds-history-empty"))
        history.forEach { day -> DoseDayCard(day) }
        SectionTitle(text("shell-meds-notes"))
        NotesSection(notes, actions.addNote)
    }
}

@Composable
private fun MedFacts(med: Medication) {
    Column(verticalArrangement = Arrangement.spacedBy(2.dp)) {
        med.dose?.let { Text(it, style = MaterialTheme.typography.titleMedium) }
        med.form?.let { Text(it) }
        med.cue?.let { Text(it) }
        Text(med.statusName, modifier = Modifier.testTag("med-status"))
    }
}

/** A Change button that opens the medicine's fields, filled in; saved, they close again. */
@Composable
private fun MedEdit(med: Medication, onSave: (build: () -> MedicationEdit) -> Boolean) {
    var open by remember { mutableStateOf(false) }
    if (!open) {
        StatusButton("shell-meds-change", "med-change") { open = true }
        return
    }
    val draft = remember { MedDraft(med) }
    MedFields(draft, tag = "med-edit")
    Button(
        onClick = { if (onSave { draft.toEdit() }) open = false },
        modifier = Modifier.fillMaxWidth().heightIn(min = MinTouch).testTag("med-edit-save"),
    ) { Text(text("shell-save")) }
}

@OptIn(ExperimentalLayoutApi::class)
@Composable
private fun StatusButtons(status: MedStatus, onStatus: (MedStatus) -> Unit) {
    FlowRow(horizontalArrangement = Arrangement.spacedBy(8.dp), verticalArrangement = Arrangement.spacedBy(8.dp)) {
        if (status == MedStatus.ACTIVE) StatusButton("shell-meds-pause", "med-pause") { onStatus(MedStatus.PAUSED) }
        if (status != MedStatus.ACTIVE) StatusButton("shell-meds-resume", "med-resume") { onStatus(MedStatus.ACTIVE) }
        if (status != MedStatus.STOPPED) StatusButton("shell-meds-stop", "med-stop") { onStatus(MedStatus.STOPPED) }
    }
}

@Composable
private fun StatusButton(label: String, tag: String, onClick: () -> Unit) {
    OutlinedButton(onClick = onClick, modifier = Modifier.heightIn(min = MinTouch).testTag(tag)) { Text(text(label)) }
}

@Composable
private fun ScheduleCard(schedule: Schedule, index: Int, onEnd: (String) -> Unit) {
    Card(modifier = Modifier.fillMaxWidth()) {
        Column(Modifier.padding(12.dp), verticalArrangement = Arrangement.spacedBy(4.dp)) {
            Text(schedule.description, modifier = Modifier.testTag("med-schedule-$index"))
            OutlinedButton(
                onClick = { onEnd(schedule.id) },
                modifier = Modifier.heightIn(min = MinTouch).testTag("med-schedule-$index-end"),
            ) { Text(text("shell-meds-end-schedule")) }
        }
    }
}

@Composable
private fun DoseDayCard(day: DoseDay) {
    Column(verticalArrangement = Arrangement.spacedBy(2.dp)) {
        Text(day.label, style = MaterialTheme.typography.titleSmall)
        day.doses.forEach { Text(it.text, modifier = Modifier.padding(start = 8.dp)) }
    }
}

@Composable
private fun NotesSection(notes: List<DoctorNote>, onAdd: (String) -> Unit) {
    if (notes.isEmpty()) Text(text("shell-meds-notes-empty"))
    notes.forEach { note ->
        Column(Modifier.padding(start = 8.dp)) {
            Text(note.dateLabel, style = MaterialTheme.typography.titleSmall)
            Text(note.text)
        }
    }
    key(notes.size) {
        var note by remember { mutableStateOf("") }
        LabeledField(text("shell-meds-note"), note, { note = it }, "med-note")
        Button(onClick = {
            onAdd(note)
        }, modifier = Modifier.fillMaxWidth().heightIn(min = MinTouch).testTag("med-note-save")) {
            Text(text("shell-meds-add-note"))
        }
    }
}

/** One medicine, its doses of the last two weeks, and the notes about it. */
class MedState(private val core: AppCore, private val medicationId: String) {
    var med by mutableStateOf<Medication?>(null)
        private set
    var history by mutableStateOf<List<DoseDay>>(emptyList())
        private set
    var notes by mutableStateOf<List<DoctorNote>>(emptyList())
        private set

    fun load() {
        med = core.read { it.medication(medicationId) } ?: med
        history = core.read { it.medicationHistory(medicationId, HISTORY_DAYS) } ?: history
        notes = core.read { c -> c.doctorNotes().filter { it.medicationId == medicationId } } ?: notes
    }

    val actions = MedActions(
        edit = { build -> core.write { it.editMedication(medicationId, build()) } != null },
        addSchedule = { build -> core.write { it.addSchedule(medicationId, build()) } },
        endSchedule = { id -> core.write { it.endSchedule(id, null) } },
        setStatus = { status -> core.write { it.setMedicationStatus(medicationId, status) } },
        addNote = { note -> core.write { it.addDoctorNote(medicationId, note) } },
    )

    private companion object {
        /** The two weeks `meds show` shows too. */
        const val HISTORY_DAYS = 14u
    }
}

@Composable
fun MedRoute(core: AppCore, navigator: Navigator, medicationId: String) {
    val state = remember(core, medicationId) { MedState(core, medicationId) }
    LaunchedEffect(core.revision) { state.load() }
    val med = state.med ?: return
    MedScreen(MedView(med, state.history, state.notes), state.actions, onBack = navigator::back)
}
