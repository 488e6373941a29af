package no.stegvis.ui

import androidx.compose.runtime.staticCompositionLocalOf
import no.stegvis.ui.report.RecordingReportDevice
import no.stegvis.ui.report.ReportDevice

/**
 * What only the device can do, asked for by a screen and done by the platform's shell
 * (Android's `MainActivity`, the desktop window). No rules here: where a file goes and
 * what a share sheet looks like are the device's business, everything else the core's.
 */
interface Platform {
    /** A new file in app-private storage that an export may be written to. */
    fun exportFile(name: String): String

    /** Hands a written file to the share sheet (Android) or shows where it is (desktop). */
    fun shareFile(path: String)

    /** Asks the person to pick a file; [onPicked] gets a readable path, or null if they did not. */
    fun pickFile(onPicked: (String?) -> Unit)

    /** Opens the dialer with [number] filled in; the person presses call themselves. */
    fun dial(number: String)

    /** Scans a QR code with the camera, showing [prompt]; [onScanned] gets its text, or null if nothing was scanned. */
    fun scanCode(prompt: String, onScanned: (String?) -> Unit)

    /** Hands words (a pairing code) to the share sheet, to send as a message. */
    fun shareText(text: String)

    /** Everything was erased: close the app, so it starts afresh next time. */
    fun afterErase()

    /** Where the report PDF is kept, shared and opened. */
    val reports: ReportDevice
}

/** For screens rendered in tests: records what was asked, does nothing on the device. */
open class RecordingPlatform : Platform {
    val asked = mutableListOf<String>()

    /** What the camera "sees" when a screen asks to scan (a test puts a real pairing code here). */
    var scanned: String? = null

    override fun exportFile(name: String): String =
        java.io.File(System.getProperty("java.io.tmpdir"), name).path.also { asked += "exportFile $name" }

    override fun shareFile(path: String) {
        asked += "share $path"
    }

    override fun pickFile(onPicked: (String?) -> Unit) {
        asked += "pick"
        onPicked(null)
    }

    override fun dial(number: String) {
        asked += "dial $number"
    }

    override fun scanCode(prompt: String, onScanned: (String?) -> Unit) {
        asked += "scan"
        onScanned(scanned)
    }

    override fun shareText(text: String) {
        asked += "shareText $text"
    }

    override fun afterErase() {
        asked += "afterErase"
    }

    override val reports = RecordingReportDevice(asked)
}

/** The platform of the window the screens are in. */
val LocalPlatform = staticCompositionLocalOf<Platform> { RecordingPlatform() }
