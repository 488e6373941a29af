package no.stegvis.ui.testing

import androidx.compose.runtime.CompositionLocalProvider
import androidx.compose.ui.test.ComposeUiTest
import no.stegvis.ui.LocalPlatform
import no.stegvis.ui.RecordingPlatform
import no.stegvis.ui.StegvisApp

/** The whole app opened at [route] over [test]'s core, at [fontScale], with [platform] as the device. */
fun ComposeUiTest.openApp(
    test: TestCore,
    route: String,
    platform: RecordingPlatform = RecordingPlatform(),
    fontScale: Float = 1f,
) {
    setStegvisContent(test.core, fontScale = fontScale) {
        CompositionLocalProvider(LocalPlatform provides platform) {
            StegvisApp(test.core, dark = false, startRoute = route, platform = platform)
        }
    }
}

/**
 * A phone-wide window tall enough that a whole scrolling screen is on it at once, so
 * [assertAccessible] sees every control (one scrolled out of view measures 0 x 0).
 */
fun runTallUiTest(block: ComposeUiTest.() -> Unit) =
    androidx.compose.ui.test.v2.runDesktopComposeUiTest(width = PHONE_WIDTH_PX, height = TALL_PX) { block() }

private const val PHONE_WIDTH_PX = 411
private const val TALL_PX = 12_000
