package no.stegvis.android

import android.app.Activity
import android.content.ActivityNotFoundException
import android.content.Intent
import androidx.core.content.FileProvider
import java.io.File
import no.stegvis.ui.report.ReportDevice

/**
 * The report PDF on the phone: [ReportFiles] keeps it in the cache and builds the
 * intents; the FileProvider ([authority]) gives the one file's content URI, so no
 * storage permission is needed and nothing else in the app is reachable.
 */
class AndroidReports(private val activity: Activity, private val authority: String) : ReportDevice {
    override fun keep(name: String, bytes: ByteArray): String = ReportFiles.keep(activity.cacheDir, name, bytes).path

    override fun share(path: String) {
        val uri = FileProvider.getUriForFile(activity, authority, File(path))
        try {
            activity.startActivity(Intent.createChooser(ReportFiles.send(uri), null))
        } catch (_: ActivityNotFoundException) {
            // Nothing to share with: the report stays, and Open may still show it.
        }
    }

    override fun canOpen(): Boolean = ReportFiles.hasViewer(activity.packageManager)

    override fun open(path: String) {
        val uri = FileProvider.getUriForFile(activity, authority, File(path))
        try {
            activity.startActivity(ReportFiles.view(uri))
        } catch (_: ActivityNotFoundException) {
            // The viewer went away since the screen was drawn: nothing to open.
        }
    }
}
