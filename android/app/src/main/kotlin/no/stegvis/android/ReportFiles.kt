package no.stegvis.android

import android.content.ClipData
import android.content.Intent
import android.content.pm.PackageManager
import android.net.Uri
import java.io.File

/**
 * The report PDF on the phone: one file in the app's cache (never backed up, no storage
 * permission), replaced by the next report, and the intents that hand it to the share
 * sheet or a viewer with read access to that one file only. Kept apart from
 * [AndroidReports] so it runs under Robolectric without androidx; the content URI
 * comes from the FileProvider (authority `<package>.files`, path `reports/`).
 */
object ReportFiles {
    /** The cache folder of the report, as res/xml/file_paths.xml names it. */
    const val FOLDER = "reports"
    const val PDF = "application/pdf"

    /** Writes [bytes] as the only file of the reports folder: the report made before is removed. */
    fun keep(cacheDir: File, name: String, bytes: ByteArray): File {
        val dir = folder(cacheDir)
        dir.deleteRecursively()
        dir.mkdirs()
        // A name is the core's date, but never a path out of the folder.
        return File(dir, File(name).name).apply { writeBytes(bytes) }
    }

    /** The reports folder, for clearing it after an erase. */
    fun folder(cacheDir: File): File = File(cacheDir, FOLDER)

    /** The share sheet's input: the PDF, readable by the app the person picks. */
    fun send(uri: Uri): Intent = Intent(Intent.ACTION_SEND)
        .setType(PDF)
        .putExtra(Intent.EXTRA_STREAM, uri)
        .addFlags(Intent.FLAG_GRANT_READ_URI_PERMISSION)
        // The chooser passes the grant on only for URIs in the clip.
        .apply { clipData = ClipData.newRawUri(null, uri) }

    /** A viewer's input: the PDF to show, readable by that viewer. */
    fun view(uri: Uri): Intent = Intent(Intent.ACTION_VIEW)
        .setDataAndType(uri, PDF)
        .addFlags(Intent.FLAG_GRANT_READ_URI_PERMISSION)

    /** Whether an app on the phone shows PDFs (the manifest's <queries> lets the app see them). */
    fun hasViewer(packages: PackageManager): Boolean {
        val probe = Intent(Intent.ACTION_VIEW).setDataAndType(Uri.parse("content://probe/report.pdf"), PDF)
        return packages.queryIntentActivities(probe, 0).isNotEmpty()
    }
}
