package no.stegvis.ui.settings

import androidx.compose.runtime.Composable
import androidx.compose.runtime.LaunchedEffect
import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.remember
import androidx.compose.runtime.setValue
import no.stegvis.core.Lang
import no.stegvis.core.ReminderSettings
import no.stegvis.ui.AppCore
import no.stegvis.ui.LocalPlatform
import no.stegvis.ui.Navigator
import no.stegvis.ui.Platform

/**
 * Reads the language choice and the reminder settings; passes every choice to the core,
 * and asks the device ([platform]) for what only it can do: a file to write the export
 * to, the share sheet, a file to bring back, and closing the app after an erase.
 */
class SettingsState(private val core: AppCore, private val platform: Platform) {
    var view by mutableStateOf<SettingsView?>(null)
        private set
    var outcome by mutableStateOf(DataOutcome())
        private set

    fun load() {
        val language = core.read { it.languageChoice() } ?: view?.language
        val reminders = core.read { it.reminderSettings() } ?: return
        view = SettingsView(language, reminders)
    }

    val actions = SettingsActions(
        chooseLanguage = ::chooseLanguage,
        setReminders = ::setReminders,
        export = ::export,
        exportReadable = ::exportReadable,
        import = ::import,
        erase = ::erase,
        confirmsErase = { typed -> core.read { it.confirmsErase(typed) } == true },
    )

    private fun chooseLanguage(lang: Lang?) {
        core.chooseLanguage(lang)
    }

    private fun setReminders(settings: ReminderSettings) {
        core.write { it.setReminderSettings(settings) }
    }

    /** Writes the encrypted export to a new file and hands it to the share sheet. */
    private fun export(passphrase: String) {
        val path = platform.exportFile(EXPORT_NAME)
        val summary = core.read { it.exportEncrypted(path, passphrase) } ?: return
        outcome = outcome.copy(export = summary.path)
        platform.shareFile(summary.path)
    }

    /** The readable copy: the core's warning that it is not encrypted is shown with it. */
    private fun exportReadable() {
        val dir = platform.exportFile(READABLE_NAME)
        val written = core.read { it.exportReadable(dir) } ?: return
        outcome = outcome.copy(readable = written.warning)
        platform.shareFile(written.dir)
    }

    /** Asks for the file, then the core restores it here or says why not. */
    private fun import(passphrase: String) {
        platform.pickFile { picked ->
            if (picked != null) {
                core.write { it.importHere(picked, passphrase) } ?: return@pickFile
                // The export may bring another language choice: every screen in the core's words now.
                core.refresh()
                outcome = outcome.copy(import = core.strings["shell-settings-import-done"])
            }
        }
    }

    /** Erases everything through the core, then lets the device close the app. */
    private fun erase() {
        core.write { it.eraseEverything() } ?: return
        platform.afterErase()
    }

    private companion object {
        const val EXPORT_NAME = "stegvis.export"
        const val READABLE_NAME = "stegvis-readable"
    }
}

@Composable
fun SettingsRoute(core: AppCore, navigator: Navigator) {
    val platform = LocalPlatform.current
    val state = remember(core, platform) { SettingsState(core, platform) }
    LaunchedEffect(core.revision) { state.load() }
    val view = state.view ?: return
    SettingsScreen(view, state.outcome, state.actions, onBack = navigator::back)
}
