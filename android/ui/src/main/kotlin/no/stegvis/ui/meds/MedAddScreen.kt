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
import no.stegvis.core.Medication
import no.stegvis.core.NewMedication
import no.stegvis.ui.AppCore
import no.stegvis.ui.Navigator
import no.stegvis.ui.Routes
import no.stegvis.ui.components.FieldKind
import no.stegvis.ui.components.LabeledField
import no.stegvis.ui.components.ScreenScaffold
import no.stegvis.ui.text.text
import no.stegvis.ui.theme.MinTouch

/**
 * A new medicine in the person's words: name, dose, form, a cue, and (for a warning
 * before it runs out) the number on hand. The core checks every field; its times are
 * added on the medicine's own screen next.
 */
@Composable
fun MedAddScreen(onSave: (NewMedication) -> Unit, onBack: () -> Unit, modifier: Modifier = Modifier) {
    var name by remember { mutableStateOf("") }
    var dose by remember { mutableStateOf("") }
    var form by remember { mutableStateOf("") }
    var cue by remember { mutableStateOf("") }
    var count by remember { mutableStateOf("") }
    var units by remember { mutableStateOf("") }
    var refill by remember { mutableStateOf("") }
    ScreenScaffold(title = text("shell-meds-add"), onBack = onBack, modifier = modifier) {
        LabeledField(text("shell-meds-name"), name, { name = it }, "med-name")
        LabeledField(text("shell-meds-dose"), dose, { dose = it }, "med-dose")
        LabeledField(text("shell-meds-form"), form, { form = it }, "med-form")
        Text(text("shell-meds-cue-hint"), style = MaterialTheme.typography.bodySmall)
        LabeledField(text("shell-meds-cue"), cue, { cue = it }, "med-cue")
        Text(text("shell-meds-count-hint"), style = MaterialTheme.typography.bodySmall)
        LabeledField(text("shell-meds-count"), count, { count = digits(it) }, "med-count", FieldKind.NUMBER)
        LabeledField(text("shell-meds-units"), units, { units = digits(it) }, "med-units", FieldKind.NUMBER)
        LabeledField(text("shell-meds-refill-days"), refill, { refill = digits(it) }, "med-refill", FieldKind.NUMBER)
        Button(
            onClick = {
                onSave(
                    NewMedication(
                        name = name,
                        dose = dose.ifBlank { null },
                        form = form.ifBlank { null },
                        cue = cue.ifBlank { null },
                        countOnHand = count.toLongOrNull(),
                        unitsPerDose = units.toLongOrNull(),
                        refillDays = refill.toLongOrNull(),
                    ),
                )
            },
            modifier = Modifier.fillMaxWidth().heightIn(min = MinTouch).testTag("med-save"),
        ) { Text(text("shell-save")) }
    }
}

/** Only the digits of what was typed: a count is a whole number, and the core checks its range. */
internal fun digits(typed: String): String = typed.filter(Char::isDigit).take(MAX_DIGITS)

private const val MAX_DIGITS = 6

/** Adds the medicine; on success its own screen opens, for its times. */
class MedAddState(private val core: AppCore) {
    fun save(medication: NewMedication): Medication? = core.write { it.addMedication(medication) }
}

@Composable
fun MedAddRoute(core: AppCore, navigator: Navigator) {
    val state = remember(core) { MedAddState(core) }
    MedAddScreen(
        onSave = { new ->
            state.save(new)?.let {
                navigator.back()
                navigator.open(Routes.medOf(it.id))
            }
        },
        onBack = navigator::back,
    )
}
