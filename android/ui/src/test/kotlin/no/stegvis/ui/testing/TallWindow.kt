package no.stegvis.ui.testing

import androidx.compose.ui.geometry.Size
import androidx.compose.ui.test.ExperimentalTestApi
import androidx.compose.ui.test.SkikoComposeUiTest
import androidx.compose.ui.test.v2.runSkikoComposeUiTest
import androidx.compose.ui.unit.Density

/**
 * A UI test in a phone-wide window tall enough to show a whole long screen at once
 * (411 x 12 000 dp at density 2), so [assertAccessible] sees every control on screen:
 * in a phone-high window the controls scrolled out of view measure 0 x 0.
 */
@OptIn(ExperimentalTestApi::class)
fun runTallUiTest(block: suspend SkikoComposeUiTest.() -> Unit) =
    runSkikoComposeUiTest(size = Size(822f, 24_000f), density = Density(2f), block = block)
