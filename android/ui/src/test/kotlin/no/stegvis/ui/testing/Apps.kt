package no.stegvis.ui.testing

import androidx.compose.runtime.CompositionLocalProvider
import androidx.compose.ui.test.ComposeUiTest
import no.stegvis.ui.LocalPlatform
import no.stegvis.ui.RecordingPlatform
import no.stegvis.ui.StegvisApp

/** The whole app opened at [route] over [test]'s core, at [fontScale], with [platform] as the device. */
fun ComposeUiTest.openApp(test: TestCore, route: String, platform: RecordingPlatform = RecordingPlatform(), fontScale: Float = 1f) {
    setStegvisContent(test.core, fontScale = fontScale) {
        CompositionLocalProvider(LocalPlatform provides platform) {
            StegvisApp(test.core, dark = false, startRoute = route, platform = platform)
        }
    }
}
