package no.stegvis.ui.report

import java.io.File
import java.nio.file.Files

/**
 * What only the device does with the report PDF: keep it where nothing backs it up,
 * hand it to the share sheet, and show it when a viewer is there.
 */
interface ReportDevice {
    /** Keeps [bytes] as the one report file, named [name]; the report made before is removed. Returns its path. */
    fun keep(name: String, bytes: ByteArray): String

    /** Hands the PDF to the share sheet. */
    fun share(path: String)

    /** Whether the device has an app that shows PDF files. */
    fun canOpen(): Boolean

    /** Shows the PDF in the device's viewer. */
    fun open(path: String)
}

/** For tests: keeps reports in a fresh temporary folder, emptied on every keep like the phone's, and records the rest in [asked]. */
class RecordingReportDevice(private val asked: MutableList<String>) : ReportDevice {
    /** Whether this "device" has a PDF viewer (a test sets it). */
    var viewer = true

    val folder: File by lazy { Files.createTempDirectory("stegvis-reports").toFile() }

    override fun keep(name: String, bytes: ByteArray): String {
        asked += "keepReport $name"
        folder.listFiles()?.forEach { it.delete() }
        return File(folder, name).apply { writeBytes(bytes) }.path
    }

    override fun share(path: String) {
        asked += "sharePdf $path"
    }

    override fun canOpen(): Boolean = viewer

    override fun open(path: String) {
        asked += "openPdf $path"
    }
}
