package no.stegvis.ui.testing

import androidx.compose.runtime.Composable
import androidx.compose.runtime.CompositionLocalProvider
import androidx.compose.ui.platform.LocalDensity
import androidx.compose.ui.semantics.SemanticsActions
import androidx.compose.ui.semantics.SemanticsNode
import androidx.compose.ui.semantics.SemanticsProperties
import androidx.compose.ui.semantics.getOrNull
import androidx.compose.ui.test.ComposeUiTest
import androidx.compose.ui.test.SemanticsMatcher
import androidx.compose.ui.test.hasClickAction
import androidx.compose.ui.text.TextLayoutResult
import androidx.compose.ui.unit.Density
import androidx.compose.ui.unit.dp
import no.stegvis.ui.AppCore
import no.stegvis.ui.text.LocalStrings
import no.stegvis.ui.theme.StegvisTheme
import org.junit.Assert.assertTrue

/** Shows [content] as the app would: the theme, the core's words, and a font scale. */
fun ComposeUiTest.setStegvisContent(core: AppCore, fontScale: Float = 1f, dark: Boolean = false, content: @Composable () -> Unit) {
    setContent {
        val base = LocalDensity.current
        CompositionLocalProvider(LocalDensity provides Density(base.density, fontScale)) {
            StegvisTheme(dark = dark) {
                CompositionLocalProvider(LocalStrings provides core.strings) { content() }
            }
        }
    }
}

/**
 * What a person using TalkBack or large text needs, on everything now on screen:
 * every control says what it is (text or content description), every control is at
 * least 48 dp both ways, and no text is cut off (no visual overflow at this font scale).
 */
fun ComposeUiTest.assertAccessible() {
    waitForIdle()
    val minTouchPx = with(density) { MIN_TOUCH_DP.toPx() } - 0.5f
    val minSeenPx = with(density) { MIN_SEEN_DP.toPx() } - 0.5f
    val controls = onAllNodes(hasClickAction()).fetchSemanticsNodes(atLeastOneRootRequired = false)
    for (node in controls) {
        assertTrue("a control has no label: ${describe(node)}", label(node).isNotBlank())
        // Touch: what Android's accessibility sees (Compose widens targets to 48 dp when
        // hit-testing). Seen: no control smaller than Material's checkbox (24 dp), so no
        // tiny control relies on that widening alone.
        val touch = node.touchBoundsInRoot
        val seen = node.boundsInRoot
        assertTrue(
            "'${label(node)}' is ${seen.width / density.density} x ${seen.height / density.density} dp" +
                " (touch ${touch.width / density.density} x ${touch.height / density.density}), under 48 dp",
            touch.width >= minTouchPx && touch.height >= minTouchPx && seen.width >= minSeenPx && seen.height >= minSeenPx,
        )
    }
    val texts = onAllNodes(SemanticsMatcher.keyIsDefined(SemanticsActions.GetTextLayoutResult), useUnmergedTree = true)
        .fetchSemanticsNodes(atLeastOneRootRequired = false)
    for (node in texts) {
        val layouts = mutableListOf<TextLayoutResult>()
        node.config[SemanticsActions.GetTextLayoutResult].action?.invoke(layouts)
        val cut = layouts.filter(::isCut)
        assertTrue("text is cut off: ${cut.joinToString { "'${it.layoutInput.text.text}'" }}", cut.isEmpty())
    }
}

private val MIN_TOUCH_DP = no.stegvis.ui.theme.MinTouch

/** Material's smallest visible control (a checkbox or radio button). */
private val MIN_SEEN_DP = 24.dp

/**
 * Cut off: more lines than allowed, an ellipsis, or a line or the text reaching past its
 * box by more than a pixel (a fraction of a pixel is rounding, not clipping).
 */
private fun isCut(layout: TextLayoutResult): Boolean = layout.multiParagraph.didExceedMaxLines ||
    layout.multiParagraph.height - layout.size.height > 1f ||
    (0 until layout.lineCount).any { line ->
        layout.isLineEllipsized(line) || layout.getLineRight(line) - layout.size.width > 1f
    }

private fun label(node: SemanticsNode): String = listOfNotNull(
    node.config.getOrNull(SemanticsProperties.ContentDescription)?.joinToString(" "),
    node.config.getOrNull(SemanticsProperties.Text)?.joinToString(" ") { it.text },
).joinToString(" ")

private fun describe(node: SemanticsNode): String = "node ${node.id} at ${node.boundsInRoot}, ${node.config}"
