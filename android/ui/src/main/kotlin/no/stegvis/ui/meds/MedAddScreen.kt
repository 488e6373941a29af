package no.stegvis.ui.meds

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
import no.stegvis.core.Field
import no.stegvis.core.Medication
import no.stegvis.core.MedicationEdit
import no.stegvis.core.NewMedication
import no.stegvis.core.parseMedNumber
import no.stegvis.ui.AppCore
import no.stegvis.ui.Navigator
import no.stegvis.ui.Routes
import no.stegvis.ui.components.FieldKind
import no.stegvis.ui.components.LabeledField
import no.stegvis.ui.components.ScreenScaffold
import no.stegvis.ui.text.text
import no.stegvis.ui.theme.MinTouch

/** What the person has typed about a medicine so far; sent to the core as typed (the core reads the numbers). */
class MedDraft(med: Medication? = null) {
    var name by mutableStateOf(med?.name.orEmpty())
    var dose by mutableStateOf(med?.dose.orEmpty())
    var form by mutableStateOf(med?.form.orEmpty())
    var cue by mutableStateOf(med?.cue.orEmpty())
    var count by mutableStateOf(med?.countOnHand?.toString().orEmpty())
    var units by mutableStateOf(med?.unitsPerDose?.toString().orEmpty())
    var refill by mutableStateOf(med?.refillDays?.toString().orEmpty())

    fun toNew() = NewMedication(
        name = name,
        dose = dose.ifBlank { null },
        form = form.ifBlank { null },
        cue = cue.ifBlank { null },
        countOnHand = parseMedNumber(count, Field.COUNT),
        unitsPerDose = parseMedNumber(units, Field.UNITS_PER_DOSE),
        refillDays = parseMedNumber(refill, Field.REFILL_DAYS),
    )

    /** Every field as typed; an emptied word clears it, an emptied number keeps it (the core's rule). */
    fun toEdit() = MedicationEdit(
        name = name,
        dose = dose,
        form = form,
        cue = cue,
        countOnHand = parseMedNumber(count, Field.COUNT),
        unitsPerDose = parseMedNumber(units, Field.UNITS_PER_DOSE),
        refillDays = parseMedNumber(refill, Field.REFILL_DAYS),
    )
}

/** The fields of a medicine: name, dose, form, a cue, and the count for a warning before it runs out. */
@Composable
fun MedFields(draft: MedDraft, tag: String = "med") {
    LabeledField(text("shell-meds-name"), draft.name, { draft.name = it }, "$tag-name")
    LabeledField(text("shell-meds-dose"), draft.dose, { draft.dose = it }, "$tag-dose")
    LabeledField(text("shell-meds-form"), draft.form, { draft.form = it }, "$tag-form")
    Text(text("shell-meds-cue-hint"), style = MaterialTheme.typography.bodySmall)
    LabeledField(text("shell-meds-cue"), draft.cue, { draft.cue = it }, "$tag-cue")
    Text(text("shell-meds-count-hint"), style = MaterialTheme.typography.bodySmall)
    LabeledField(text("shell-meds-count"), draft.count, { draft.count = it }, "$tag-count", FieldKind.NUMBER)
    LabeledField(text("shell-meds-units"), draft.units, { draft.units = it }, "$tag-units", FieldKind.NUMBER)
    val refillLabel = text("shell-meds-refill-days")
    LabeledField(refillLabel, draft.refill, { draft.refill = it }, "$tag-refill", FieldKind.NUMBER)
}

/**
 * A new medicine in the person's words: name, dose, form, a cue, and (for a warning
 * before it runs out) the number on hand. The core checks every field; its times are
 * added on the medicine's own screen next.
 */
@Composable
fun MedAddScreen(onSave: (build: () -> NewMedication) -> Unit, onBack: () -> Unit, modifier: Modifier = Modifier) {
    val draft = remember { MedDraft() }
    ScreenScaffold(title = text("shell-meds-add"), onBack = onBack, modifier = modifier) {
        MedFields(draft)
        Button(
            onClick = { onSave { draft.toNew() } },
            modifier = Modifier.fillMaxWidth().heightIn(min = MinTouch).testTag("med-save"),
        ) { Text(text("shell-save")) }
    }
}

/** Adds the medicine; on success its own screen opens, for its times. */
class MedAddState(private val core: AppCore) {
    /** [build] reads the typed numbers through the core, so a refusal is the core's sentence. */
    fun save(build: () -> NewMedication): Medication? = core.write { it.addMedication(build()) }
}

@Composable
fun MedAddRoute(core: AppCore, navigator: Navigator) {
    val state = remember(core) { MedAddState(core) }
    MedAddScreen(
        onSave = { build ->
            state.save(build)?.let {
                navigator.back()
                navigator.open(Routes.medOf(it.id))
            }
        },
        onBack = navigator::back,
    )
}
