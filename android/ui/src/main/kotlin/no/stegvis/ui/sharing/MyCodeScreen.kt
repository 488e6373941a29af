package no.stegvis.ui.sharing

import androidx.compose.foundation.Canvas
import androidx.compose.foundation.layout.aspectRatio
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.widthIn
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.runtime.LaunchedEffect
import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.remember
import androidx.compose.runtime.setValue
import androidx.compose.ui.Alignment
import androidx.compose.ui.Modifier
import androidx.compose.ui.geometry.Offset
import androidx.compose.ui.geometry.Size
import androidx.compose.ui.graphics.Color
import androidx.compose.ui.platform.testTag
import androidx.compose.ui.semantics.contentDescription
import androidx.compose.ui.semantics.semantics
import androidx.compose.ui.text.font.FontWeight
import androidx.compose.ui.unit.dp
import no.stegvis.core.PairingCode
import no.stegvis.core.QrCode
import no.stegvis.ui.AppCore
import no.stegvis.ui.LocalPlatform
import no.stegvis.ui.Navigator
import no.stegvis.ui.components.ScreenScaffold
import no.stegvis.ui.text.text

/** This phone's code: the QR to scan, the twelve digits to compare, and the code as text to send. */
@Composable
fun MyCodeScreen(code: PairingCode, onShareText: () -> Unit, onBack: () -> Unit, modifier: Modifier = Modifier) {
    ScreenScaffold(title = text("shell-sharing-code-title"), onBack = onBack, modifier = modifier) {
        Text(text("shell-sharing-code-hint"))
        QrImage(
            code.qr,
            Modifier.align(Alignment.CenterHorizontally).widthIn(max = 360.dp).fillMaxWidth().testTag("sharing-qr"),
            description = text("shell-sharing-code-qr"),
        )
        Text(text("shell-sharing-my-digits"), style = MaterialTheme.typography.titleMedium)
        Text(
            code.identity.fingerprint,
            style = MaterialTheme.typography.displaySmall,
            fontWeight = FontWeight.Bold,
            modifier = Modifier.testTag("sharing-code-digits"),
        )
        WideButton("shell-sharing-code-share", "sharing-code-share", primary = true, onClick = onShareText)
    }
}

/**
 * The core's QR matrix drawn module by module: black on white whatever the theme (dark
 * modules on a light ground is what scanners read best), with the four-module quiet zone.
 */
@Composable
fun QrImage(qr: QrCode, modifier: Modifier = Modifier, description: String = "") {
    val side = qr.size.toInt() + 2 * QUIET_ZONE
    Canvas(modifier.aspectRatio(1f).semantics { contentDescription = description }) {
        val module = size.minDimension / side
        drawRect(Color.White)
        for (row in 0 until qr.size.toInt()) {
            for (col in 0 until qr.size.toInt()) {
                if (qr.modules[row * qr.size.toInt() + col]) {
                    drawRect(
                        Color.Black,
                        topLeft = Offset((col + QUIET_ZONE) * module, (row + QUIET_ZONE) * module),
                        // A hair wider, so neighbouring modules leave no seams between them.
                        size = Size(module + SEAM, module + SEAM),
                    )
                }
            }
        }
    }
}

private const val QUIET_ZONE = 4
private const val SEAM = 0.5f

/** Reads this phone's pairing code (its keys are made the first time). */
class MyCodeState(private val core: AppCore) {
    var code by mutableStateOf<PairingCode?>(null)
        private set

    fun load() {
        code = core.read { it.sharePairCode() } ?: code
    }
}

@Composable
fun MyCodeRoute(core: AppCore, navigator: Navigator) {
    val state = remember(core) { MyCodeState(core) }
    val platform = LocalPlatform.current
    LaunchedEffect(core.revision) { state.load() }
    val code = state.code ?: return
    MyCodeScreen(code, onShareText = { platform.shareText(code.text) }, onBack = navigator::back)
}
