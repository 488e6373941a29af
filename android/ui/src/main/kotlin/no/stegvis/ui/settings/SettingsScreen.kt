package no.stegvis.ui.settings

import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.heightIn
import androidx.compose.foundation.layout.padding
import androidx.compose.material3.Button
import androidx.compose.material3.ButtonDefaults
import androidx.compose.material3.Card
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.OutlinedButton
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.runtime.getValue
import androidx.compose.runtime.key
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.remember
import androidx.compose.runtime.setValue
import androidx.compose.ui.Modifier
import androidx.compose.ui.platform.testTag
import androidx.compose.ui.unit.dp
import no.stegvis.core.Lang
import no.stegvis.core.ReminderSettings
import no.stegvis.ui.components.ChoiceRow
import no.stegvis.ui.components.FieldKind
import no.stegvis.ui.components.LabeledField
import no.stegvis.ui.components.ScreenScaffold
import no.stegvis.ui.components.SectionTitle
import no.stegvis.ui.components.ToggleRow
import no.stegvis.ui.text.text
import no.stegvis.ui.theme.MinTouch

/** What the settings screen shows: the language chosen (null: the phone's) and the reminder settings. */
data class SettingsView(val language: Lang?, val reminders: ReminderSettings)

/** What the person can do in settings; the holder passes each to the core or the device. */
class SettingsActions(
    val chooseLanguage: (Lang?) -> Unit,
    val setReminders: (ReminderSettings) -> Unit,
    val export: (passphrase: String) -> Unit,
    val exportReadable: () -> Unit,
    val import: (passphrase: String) -> Unit,
    val erase: () -> Unit,
    /** Whether the typed word confirms erasing (the core's rule, the terminal's word). */
    val confirmsErase: (String) -> Boolean,
)

/** What came back from an export or import, to show under it. */
data class DataOutcome(val export: String? = null, val readable: String? = null, val import: String? = null)

/**
 * Language, reminders, the lock screen, and owning one's data: export (a passphrase
 * typed twice), a readable copy (with the core's warning that it is not encrypted),
 * bringing back an export (on an empty phone), and erasing everything once the person
 * has typed the word shown.
 */
@Composable
fun SettingsScreen(view: SettingsView, outcome: DataOutcome, actions: SettingsActions, onBack: () -> Unit, modifier: Modifier = Modifier) {
    ScreenScaffold(title = text("shell-nav-settings"), onBack = onBack, modifier = modifier) {
        LanguageSection(view.language, actions.chooseLanguage)
        RemindersSection(view.reminders, actions.setReminders)
        SectionTitle(text("shell-settings-data"))
        ExportSection(outcome, actions)
        ImportSection(outcome.import, actions.import)
        EraseSection(actions.erase, actions.confirmsErase)
    }
}

@Composable
private fun LanguageSection(chosen: Lang?, onChoose: (Lang?) -> Unit) {
    SectionTitle(text("shell-settings-language"))
    ChoiceRow(text("shell-settings-lang-device"), chosen == null, { onChoose(null) }, Modifier.testTag("lang-device"))
    LANGUAGES.forEach { (lang, label) ->
        ChoiceRow(text(label), chosen == lang, { onChoose(lang) }, Modifier.testTag("lang-${lang.name}"))
    }
}

private val LANGUAGES = listOf(
    Lang.EN to "shell-settings-lang-en",
    Lang.NB to "shell-settings-lang-nb",
    Lang.SV to "shell-settings-lang-sv",
    Lang.DA to "shell-settings-lang-da",
)

@Composable
private fun RemindersSection(settings: ReminderSettings, onChange: (ReminderSettings) -> Unit) {
    SectionTitle(text("shell-settings-reminders"))
    // Turning it on asks for a time first; the core keeps it once saved.
    var wanted by remember(settings.checkinTime) { mutableStateOf(settings.checkinTime != null) }
    var time by remember(settings.checkinTime) { mutableStateOf(settings.checkinTime.orEmpty()) }
    ToggleRow(
        text("shell-settings-checkin-on"),
        wanted,
        { turnOn -> if (turnOn) wanted = true else onChange(settings.copy(checkinTime = null)) },
        Modifier.testTag("settings-checkin-on"),
        asSwitch = true,
    )
    if (wanted) {
        LabeledField(text("shell-settings-checkin-time"), time, { time = it }, "settings-checkin-time")
        OutlinedButton(
            onClick = { onChange(settings.copy(checkinTime = time)) },
            modifier = Modifier.heightIn(min = MinTouch).testTag("settings-checkin-save"),
        ) { Text(text("shell-settings-checkin-save")) }
    }
    ToggleRow(
        text("shell-settings-show-names"),
        settings.showNames,
        { onChange(settings.copy(showNames = it)) },
        Modifier.testTag("settings-show-names"),
        asSwitch = true,
    )
    Text(text("shell-settings-show-names-hint"), style = MaterialTheme.typography.bodySmall)
    ToggleRow(
        text("shell-settings-step-reminders"),
        settings.stepReminders,
        { onChange(settings.copy(stepReminders = it)) },
        Modifier.testTag("settings-step-reminders"),
        asSwitch = true,
    )
}

@Composable
private fun ExportSection(outcome: DataOutcome, actions: SettingsActions) {
    DataCard {
        SectionTitle(text("shell-settings-export"))
        Text(text("shell-settings-export-explain"))
        key(outcome.export) {
            var first by remember { mutableStateOf("") }
            var again by remember { mutableStateOf("") }
            var differ by remember { mutableStateOf(false) }
            Text(text("shell-settings-passphrase-hint"), style = MaterialTheme.typography.bodySmall)
            LabeledField(text("shell-settings-passphrase"), first, {
                first = it
            }, "export-passphrase", FieldKind.SECRET)
            LabeledField(text("shell-settings-passphrase-again"), again, {
                again = it
            }, "export-passphrase-again", FieldKind.SECRET)
            if (differ) Text(text("shell-settings-passphrase-mismatch"), color = MaterialTheme.colorScheme.error)
            Button(
                onClick = {
                    differ = first != again
                    if (!differ) actions.export(first)
                },
                modifier = Modifier.fillMaxWidth().heightIn(min = MinTouch).testTag("export-do"),
            ) { Text(text("shell-settings-export-do")) }
        }
        outcome.export?.let {
            Text(text("shell-settings-export-done"), modifier = Modifier.testTag("export-done"))
            Text(text("shell-settings-passphrase-remember"))
        }
    }
    DataCard {
        SectionTitle(text("shell-settings-readable"))
        Text(text("shell-settings-readable-warning"), color = MaterialTheme.colorScheme.error)
        OutlinedButton(
            onClick = actions.exportReadable,
            modifier = Modifier.fillMaxWidth().heightIn(min = MinTouch).testTag("readable-do"),
        ) { Text(text("shell-settings-readable-do")) }
        outcome.readable?.let { Text(it, modifier = Modifier.testTag("readable-warning")) }
    }
}

@Composable
private fun ImportSection(done: String?, onImport: (String) -> Unit) {
    DataCard {
        SectionTitle(text("shell-settings-import"))
        Text(text("shell-settings-import-explain"))
        var passphrase by remember { mutableStateOf("") }
        LabeledField(text("shell-settings-passphrase"), passphrase, {
            passphrase = it
        }, "import-passphrase", FieldKind.SECRET)
        OutlinedButton(
            onClick = { onImport(passphrase) },
            modifier = Modifier.fillMaxWidth().heightIn(min = MinTouch).testTag("import-pick"),
        ) { Text(text("shell-settings-import-pick")) }
        done?.let { Text(it, modifier = Modifier.testTag("import-done")) }
    }
}

@Composable
private fun EraseSection(onErase: () -> Unit, confirms: (String) -> Boolean) {
    DataCard {
        SectionTitle(text("shell-settings-erase"))
        Text(text("shell-settings-erase-explain"))
        val word = text("shell-settings-erase-word")
        Text(text("shell-settings-erase-type"))
        Text(word, style = MaterialTheme.typography.headlineSmall, modifier = Modifier.testTag("erase-word"))
        var typed by remember { mutableStateOf("") }
        LabeledField(text("shell-settings-erase-field"), typed, { typed = it }, "erase-typed")
        Button(
            onClick = onErase,
            enabled = confirms(typed),
            colors = ButtonDefaults.buttonColors(
                containerColor = MaterialTheme.colorScheme.error,
                contentColor = MaterialTheme.colorScheme.onError,
            ),
            modifier = Modifier.fillMaxWidth().heightIn(min = MinTouch).testTag("erase-do"),
        ) { Text(text("shell-settings-erase-do")) }
    }
}

@Composable
private fun DataCard(content: @Composable () -> Unit) {
    Card(modifier = Modifier.fillMaxWidth()) {
        Column(Modifier.padding(12.dp), verticalArrangement = Arrangement.spacedBy(8.dp)) { content() }
    }
}
