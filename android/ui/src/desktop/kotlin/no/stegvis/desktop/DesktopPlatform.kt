package no.stegvis.desktop

import java.awt.FileDialog
import java.awt.Frame
import java.io.File
import kotlin.system.exitProcess
import no.stegvis.ui.Platform
import no.stegvis.ui.report.ReportDevice

/**
 * The computer's side of [Platform]: exports go to the home folder, a file dialog picks a
 * file, and there is no dialer, so the number is only printed for the presenter.
 */
class DesktopPlatform : Platform {
    override fun exportFile(name: String): String = File(System.getProperty("user.home"), name).path

    override fun shareFile(path: String) {
        println("Stegvis: written to $path")
    }

    override fun pickFile(onPicked: (String?) -> Unit) {
        val dialog = FileDialog(null as Frame?, "Stegvis", FileDialog.LOAD)
        dialog.isVisible = true
        onPicked(dialog.file?.let { File(dialog.directory, it).path })
    }

    override fun dial(number: String) {
        println("Stegvis: a phone would now open its dialer with $number")
    }

    /** No camera here: the person pastes the code instead. */
    override fun scanCode(prompt: String, onScanned: (String?) -> Unit) {
        onScanned(null)
    }

    override fun shareText(text: String) {
        println("Stegvis: $text")
    }

    override fun afterErase() {
        exitProcess(0)
    }

    /** The report goes to the home folder under its own name; the presenter opens it from there. */
    override val reports: ReportDevice =
        object : ReportDevice {
            override fun keep(name: String, bytes: ByteArray): String =
                File(System.getProperty("user.home"), name).apply { writeBytes(bytes) }.path

            override fun share(path: String) {
                println("Stegvis: the report is in $path")
            }

            override fun canOpen(): Boolean =
                java.awt.Desktop.isDesktopSupported() && java.awt.Desktop.getDesktop().isSupported(java.awt.Desktop.Action.OPEN)

            override fun open(path: String) {
                java.awt.Desktop.getDesktop().open(File(path))
            }
        }
}
