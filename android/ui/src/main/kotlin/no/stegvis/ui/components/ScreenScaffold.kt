package no.stegvis.ui.components

import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.ColumnScope
import androidx.compose.foundation.layout.Row
import androidx.compose.foundation.layout.RowScope
import androidx.compose.foundation.layout.Spacer
import androidx.compose.foundation.layout.fillMaxSize
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.heightIn
import androidx.compose.foundation.layout.padding
import androidx.compose.foundation.rememberScrollState
import androidx.compose.foundation.verticalScroll
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.Surface
import androidx.compose.material3.Text
import androidx.compose.material3.TextButton
import androidx.compose.runtime.Composable
import androidx.compose.ui.Alignment
import androidx.compose.ui.Modifier
import androidx.compose.ui.platform.LocalDensity
import androidx.compose.ui.platform.testTag
import androidx.compose.ui.semantics.heading
import androidx.compose.ui.semantics.semantics
import androidx.compose.ui.unit.dp
import no.stegvis.ui.text.text
import no.stegvis.ui.theme.MinTouch

/**
 * The frame every screen shares: a title that wraps rather than clips (large fonts),
 * an optional Back, actions, then the content in a scrolling column.
 */
@Composable
fun ScreenScaffold(
    title: String,
    modifier: Modifier = Modifier,
    onBack: (() -> Unit)? = null,
    actions: @Composable RowScope.() -> Unit = {},
    scroll: Boolean = true,
    content: @Composable ColumnScope.() -> Unit,
) {
    Surface(modifier = modifier.fillMaxSize(), color = MaterialTheme.colorScheme.background) {
        Column(Modifier.fillMaxSize()) {
            // With large text the title gets a line of its own, so it is not squeezed
            // into a narrow column beside Back and the actions.
            val stacked = LocalDensity.current.fontScale >= LARGE_TEXT
            Row(
                modifier = Modifier.fillMaxWidth().heightIn(min = MinTouch).padding(horizontal = 8.dp, vertical = 4.dp),
                verticalAlignment = Alignment.CenterVertically,
                horizontalArrangement = Arrangement.spacedBy(4.dp),
            ) {
                if (onBack != null) {
                    TextButton(onClick = onBack, modifier = Modifier.testTag("back")) { Text(text("shell-back")) }
                }
                if (stacked) {
                    Spacer(Modifier.weight(1f))
                } else {
                    Title(title, Modifier.weight(1f).padding(horizontal = 8.dp))
                }
                actions()
            }
            if (stacked) Title(title, Modifier.fillMaxWidth().padding(horizontal = 16.dp, vertical = 4.dp))
            val body = Modifier.fillMaxWidth().weight(1f).padding(horizontal = 16.dp)
            Column(
                modifier = if (scroll) body.verticalScroll(rememberScrollState()) else body,
                verticalArrangement = Arrangement.spacedBy(12.dp),
                content = content,
            )
        }
    }
}

/** Font scales from here on count as large text. */
private const val LARGE_TEXT = 1.3f

@Composable
private fun Title(title: String, modifier: Modifier) {
    Text(
        text = title,
        style = MaterialTheme.typography.headlineSmall,
        modifier = modifier.semantics { heading() },
    )
}
