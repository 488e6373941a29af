package no.stegvis.android

import android.content.Context
import java.io.File
import java.time.ZoneId
import no.stegvis.core.Lang
import no.stegvis.core.OpenConfig
import no.stegvis.core.StegvisCompanion
import no.stegvis.core.langFromLocale

/**
 * Opens the core once per process, for the activity and for the receivers (which run
 * without it: an alarm, a "Taken" button, a reboot). One open core per process means
 * one SQLite connection and one unwrapped key in memory, whoever asked first.
 */
object CoreAccess {
    private var open: StegvisCompanion? = null

    /**
     * How the core is opened; tests replace it (a fixed clock, a fake keystore). Set it
     * before the first [companion] call, or call [forget] after changing it.
     */
    @Volatile
    var opener: (Context) -> StegvisCompanion = { context ->
        StegvisCompanion.open(config(context), keyManager(context))
    }

    /** The data folder: app-private and under `noBackupFilesDir`, so never in a cloud backup. */
    fun dataDir(context: Context): File = File(context.noBackupFilesDir, "stegvis")

    /** The data key, wrapped by the Keystore, beside the data folder (erase removes the folder). */
    fun keyManager(context: Context): KeystoreKeyManager {
        val wrapped = File(context.noBackupFilesDir, WRAPPED_KEY_FILE)
        return KeystoreKeyManager(wrapped)
    }

    /** The device's zone now (an IANA id such as `Europe/Oslo`). */
    fun deviceZone(): String = ZoneId.systemDefault().id

    /** The device's language, for "follow the device" (the person's own choice wins in the core). */
    fun deviceLanguage(context: Context): Lang = langFromLocale(
        context.resources.configuration.locales[0]
            .toLanguageTag(),
    )

    fun config(context: Context) = OpenConfig(
        dataDir = dataDir(context).path,
        zone = deviceZone(),
        language = deviceLanguage(context),
    )

    /** The process's open core, opened on first use. */
    @Synchronized
    fun companion(context: Context): StegvisCompanion = open ?: opener(context.applicationContext).also { open = it }

    /** Closes the open core (after everything was erased, and between tests). */
    @Synchronized
    fun forget() {
        open?.close()
        open = null
    }

    /** The file holding the wrapped data key, in `noBackupFilesDir`. */
    const val WRAPPED_KEY_FILE = "stegvis-key.wrapped"
}
