package no.stegvis.android

import android.content.ComponentName
import android.content.Intent
import android.content.IntentFilter
import android.net.Uri
import java.io.File
import org.junit.Assert.assertEquals
import org.junit.Assert.assertFalse
import org.junit.Assert.assertTrue
import org.junit.Test
import org.junit.runner.RunWith
import org.robolectric.RobolectricTestRunner
import org.robolectric.Shadows.shadowOf
import org.robolectric.annotation.Config

/**
 * The report's glue: the real core's PDF kept as the one file of the cache's reports
 * folder (the one before removed), and the intents that hand it on with read access.
 */
@RunWith(RobolectricTestRunner::class)
@Config(sdk = [35])
class ReportFilesTest : GlueTest() {
    private val uri: Uri = Uri.parse("content://no.stegvis.android.files/reports/stegvis-report-2026-11-23.pdf")

    @Test
    fun theReportIsTheOnlyFileAndTheNextOneReplacesIt() {
        val pdf = core.reportPdf(null, null, listOf())
        val first = ReportFiles.keep(app.cacheDir, "stegvis-report-2026-11-23.pdf", pdf)
        assertEquals(File(app.cacheDir, "reports"), first.parentFile)
        assertEquals("%PDF-", String(first.readBytes(), 0, 5, Charsets.US_ASCII))

        val second = ReportFiles.keep(app.cacheDir, "stegvis-report-2026-11-24.pdf", pdf)
        assertFalse(first.exists())
        assertEquals(listOf(second.name), ReportFiles.folder(app.cacheDir).list()!!.toList())
        assertTrue(pdf.contentEquals(second.readBytes()))
    }

    @Test
    fun aNameNeverLeadsOutOfTheFolder() {
        val kept = ReportFiles.keep(app.cacheDir, "../../escape.pdf", byteArrayOf(1))
        assertEquals(ReportFiles.folder(app.cacheDir), kept.parentFile)
    }

    @Test
    fun sharingSendsThePdfReadableByTheChosenApp() {
        val send = ReportFiles.send(uri)
        assertEquals(Intent.ACTION_SEND, send.action)
        assertEquals("application/pdf", send.type)
        @Suppress("DEPRECATION")
        assertEquals(uri, send.getParcelableExtra<Uri>(Intent.EXTRA_STREAM))
        assertEquals(uri, send.clipData!!.getItemAt(0).uri)
        assertTrue(send.flags and Intent.FLAG_GRANT_READ_URI_PERMISSION != 0)
    }

    @Test
    fun openingShowsThePdfReadableByTheViewer() {
        val view = ReportFiles.view(uri)
        assertEquals(Intent.ACTION_VIEW, view.action)
        assertEquals(uri, view.data)
        assertEquals("application/pdf", view.type)
        assertTrue(view.flags and Intent.FLAG_GRANT_READ_URI_PERMISSION != 0)
        assertTrue(view.flags and Intent.FLAG_GRANT_WRITE_URI_PERMISSION == 0)
    }

    @Test
    fun openIsOfferedOnlyWithAViewer() {
        assertFalse(ReportFiles.hasViewer(app.packageManager))
        val viewer = ComponentName("org.example.pdf", "org.example.pdf.Viewer")
        val packages = shadowOf(app.packageManager)
        packages.addActivityIfNotPresent(viewer)
        packages.addIntentFilterForActivity(
            viewer,
            IntentFilter(Intent.ACTION_VIEW).apply {
                addCategory(Intent.CATEGORY_DEFAULT)
                addDataScheme("content")
                addDataType("application/pdf")
            },
        )
        assertTrue(ReportFiles.hasViewer(app.packageManager))
    }
}
