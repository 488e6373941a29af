package no.stegvis.desktop

import androidx.compose.ui.unit.DpSize
import androidx.compose.ui.unit.dp
import androidx.compose.ui.window.Window
import androidx.compose.ui.window.application
import androidx.compose.ui.window.rememberWindowState
import java.nio.file.Files
import java.nio.file.Path
import java.time.Instant
import java.time.ZoneId
import java.util.Locale
import no.stegvis.core.Clock
import no.stegvis.core.Lang
import no.stegvis.core.OpenConfig
import no.stegvis.core.StegvisCompanion
import no.stegvis.core.fillDemo
import no.stegvis.core.langFromLocale
import no.stegvis.core.shellTextFor
import no.stegvis.ui.AppCore
import no.stegvis.ui.StegvisApp

/**
 * The phone's screens in a window on a computer, for demonstrations and for trying the
 * screens where there is no phone. `--demo` (the default without `--data-dir`) opens a
 * new folder filled with the core's demo data; `--data-dir DIR` opens a real one, with
 * its key in a 0600 file beside it. `--lang nb` picks the language.
 */
fun main(args: Array<String>) {
    val options = args.toList()
    fun option(name: String) = options.indexOf(name).takeIf { it >= 0 }?.let { options.getOrNull(it + 1) }
    val language = option("--lang")?.let(::langFromLocale) ?: langFromLocale(Locale.getDefault().toLanguageTag())
    val given = option("--data-dir")?.let(Path::of)
    val dir = given ?: Files.createTempDirectory("stegvis-demo")
    val keys = FileKeys(dir.resolveSibling("${dir.fileName}.key"))
    val config = OpenConfig(dataDir = dir.toString(), zone = ZoneId.systemDefault().id, language = language)
    if (given == null) fillDemo(config, keys, WallClock)
    val core = AppCore(StegvisCompanion.open(config, keys), deviceLanguage = language)
    val title = shellTextFor(language)["shell-app-name"] ?: "Stegvis"
    application {
        Window(
            onCloseRequest = {
                core.companion.close()
                exitApplication()
            },
            title = title,
            state = rememberWindowState(size = DpSize(412.dp, 880.dp)),
        ) { StegvisApp(core, platform = DesktopPlatform()) }
    }
}

/** The computer's clock. */
private object WallClock : Clock {
    override fun now(): Instant = Instant.now()
}
