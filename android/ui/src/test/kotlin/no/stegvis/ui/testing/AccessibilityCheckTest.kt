package no.stegvis.ui.testing

import androidx.compose.foundation.clickable
import androidx.compose.foundation.layout.Box
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.size
import androidx.compose.foundation.layout.width
import androidx.compose.material3.Button
import androidx.compose.material3.Checkbox
import androidx.compose.material3.Text
import androidx.compose.material3.TextButton
import androidx.compose.ui.Modifier
import androidx.compose.ui.semantics.contentDescription
import androidx.compose.ui.semantics.semantics
import androidx.compose.ui.test.v2.runComposeUiTest
import androidx.compose.ui.text.style.TextOverflow
import androidx.compose.ui.unit.dp
import org.junit.Assert.assertThrows
import org.junit.Test

/** The accessibility check catches what it claims to, so a passing screen means something. */
class AccessibilityCheckTest {
    @Test
    fun materialControlsAtNormalTextPass() = runComposeUiTest {
        demoCore().use { test ->
            setStegvisContent(test.core) {
                Column {
                    Button(onClick = {}) { Text("Save") }
                    TextButton(onClick = {}) { Text("Back") }
                    Checkbox(checked = false, onCheckedChange = {}, modifier = Modifier.semantics { contentDescription = "Done" })
                }
            }
            assertAccessible()
        }
    }

    @Test
    fun textCutOffByOneLineIsCaught() = runComposeUiTest {
        demoCore().use { test ->
            setStegvisContent(test.core, fontScale = 2f) {
                Text(
                    "Walk to the shop on my own every morning",
                    maxLines = 1,
                    overflow = TextOverflow.Ellipsis,
                    modifier = Modifier.width(120.dp),
                )
            }
            assertThrows(AssertionError::class.java) { assertAccessible() }
        }
    }

    @Test
    fun aSmallTargetIsCaught() = runComposeUiTest {
        demoCore().use { test ->
            setStegvisContent(test.core) {
                Box(Modifier.size(16.dp).semantics { contentDescription = "Snooze" }.clickable {})
            }
            assertThrows(AssertionError::class.java) { assertAccessible() }
        }
    }

    @Test
    fun aControlWithoutALabelIsCaught() = runComposeUiTest {
        demoCore().use { test ->
            setStegvisContent(test.core) { Box(Modifier.size(56.dp).clickable {}) }
            assertThrows(AssertionError::class.java) { assertAccessible() }
        }
    }
}
