package no.stegvis.android

import android.app.NotificationManager
import android.content.ActivityNotFoundException
import android.content.Intent
import android.net.Uri
import android.util.Log
import androidx.activity.ComponentActivity
import androidx.activity.result.contract.ActivityResultContracts
import androidx.core.content.FileProvider
import com.journeyapps.barcodescanner.ScanContract
import com.journeyapps.barcodescanner.ScanOptions
import java.io.File
import java.util.UUID
import no.stegvis.ui.Platform
import no.stegvis.ui.report.ReportDevice

/**
 * What the screens ask of the phone: a place for an export and the share sheet, the
 * report PDF shared or opened, the document picker for an import, the dialer, and a
 * fresh start after erasing.
 */
class AndroidPlatform(private val activity: ComponentActivity) : Platform {
    /** Exports go to the app's cache (never backed up); the share sheet reads them through the FileProvider. */
    override fun exportFile(name: String): String {
        val dir = File(activity.cacheDir, EXPORTS).apply { mkdirs() }
        return File(dir, name).path
    }

    /** Shares a file, or every file of a folder (the readable export), with the app the person picks. */
    override fun shareFile(path: String) {
        val file = File(path)
        val uris =
            (
                if (file.isDirectory) {
                    file
                        .listFiles()
                        .orEmpty()
                        .filter { it.isFile }
                        .sortedBy { it.name }
                } else {
                    listOf(file)
                }
                ).map { FileProvider.getUriForFile(activity, authority(), it) }
        if (uris.isEmpty()) return
        val send =
            if (uris.size == 1) {
                Intent(Intent.ACTION_SEND).putExtra(Intent.EXTRA_STREAM, uris.single())
            } else {
                Intent(Intent.ACTION_SEND_MULTIPLE).putParcelableArrayListExtra(Intent.EXTRA_STREAM, ArrayList(uris))
            }
        send.setType("application/octet-stream").addFlags(Intent.FLAG_GRANT_READ_URI_PERMISSION)
        activity.startActivity(Intent.createChooser(send, null))
    }

    /** The system's document picker; the chosen file is copied into the cache, so the core can read a path. */
    override fun pickFile(onPicked: (String?) -> Unit) {
        val registry = activity.activityResultRegistry
        var launcher: androidx.activity.result.ActivityResultLauncher<Array<String>>? = null
        launcher =
            registry.register("stegvis-pick-${UUID.randomUUID()}", ActivityResultContracts.OpenDocument()) { uri ->
                launcher?.unregister()
                onPicked(uri?.let(::copyIntoCache))
            }
        launcher.launch(arrayOf("*/*"))
    }

    /** The dialer with the number filled in; the person presses call. */
    override fun dial(number: String) {
        try {
            activity.startActivity(Intent(Intent.ACTION_DIAL, Uri.fromParts("tel", number, null)))
        } catch (_: ActivityNotFoundException) {
            // A tablet without a phone app: nothing to open.
        }
    }

    /**
     * The camera through zxing-android-embedded's scanner screen, for QR codes only; it asks
     * for the camera when it opens. Backed out or nothing read: null.
     */
    override fun scanCode(prompt: String, onScanned: (String?) -> Unit) {
        val registry = activity.activityResultRegistry
        var launcher: androidx.activity.result.ActivityResultLauncher<ScanOptions>? = null
        launcher =
            registry.register("stegvis-scan-${UUID.randomUUID()}", ScanContract()) { result ->
                launcher?.unregister()
                onScanned(result.contents)
            }
        launcher.launch(
            ScanOptions()
                .setDesiredBarcodeFormats(ScanOptions.QR_CODE)
                .setPrompt(prompt)
                .setBeepEnabled(false)
                .setOrientationLocked(false),
        )
    }

    /** A pairing code sent as a message, with the app the person picks. */
    override fun shareText(text: String) {
        val send = Intent(Intent.ACTION_SEND).setType("text/plain").putExtra(Intent.EXTRA_TEXT, text)
        try {
            activity.startActivity(Intent.createChooser(send, null))
        } catch (_: ActivityNotFoundException) {
            // Nothing that takes text: the code is still on the screen to read out.
        }
    }

    /** Everything was erased: no alarm or notification of the old data stays; the app starts afresh. */
    override fun afterErase() {
        ReminderSync(activity.applicationContext).cancelAll()
        activity.getSystemService(NotificationManager::class.java)?.cancelAll()
        File(activity.cacheDir, EXPORTS).deleteRecursively()
        File(activity.cacheDir, IMPORTS).deleteRecursively()
        ReportFiles.folder(activity.cacheDir).deleteRecursively()
        CoreAccess.forget()
        val restart =
            activity.packageManager
                .getLaunchIntentForPackage(activity.packageName)
                ?.addFlags(Intent.FLAG_ACTIVITY_NEW_TASK or Intent.FLAG_ACTIVITY_CLEAR_TASK)
        activity.finishAffinity()
        restart?.let(activity::startActivity)
    }

    /** The report PDF: kept in the cache, shared or opened through the FileProvider. */
    override val reports: ReportDevice by lazy { AndroidReports(activity, authority()) }

    private fun authority() = "${activity.packageName}.files"

    private fun copyIntoCache(uri: Uri): String? {
        val dir =
            File(activity.cacheDir, IMPORTS).apply {
                deleteRecursively()
                mkdirs()
            }
        val target = File(dir, "import.stegvis")
        // A file taken away or no longer allowed is as if nothing was picked.
        return try {
            val input = activity.contentResolver.openInputStream(uri) ?: return null
            input.use { source -> target.outputStream().use { source.copyTo(it) } }
            target.path
        } catch (e: java.io.IOException) {
            Log.w("Stegvis", "pick: the file could not be read (${e.javaClass.simpleName})")
            null
        } catch (e: SecurityException) {
            Log.w("Stegvis", "pick: the file is no longer allowed (${e.javaClass.simpleName})")
            null
        }
    }

    private companion object {
        const val EXPORTS = "exports"
        const val IMPORTS = "imports"
    }
}
