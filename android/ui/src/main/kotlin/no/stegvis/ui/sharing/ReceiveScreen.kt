package no.stegvis.ui.sharing

import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.padding
import androidx.compose.material3.Card
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.runtime.remember
import androidx.compose.ui.Modifier
import androidx.compose.ui.platform.testTag
import androidx.compose.ui.unit.dp
import java.io.File
import java.io.IOException
import no.stegvis.core.ReceivedEnvelope
import no.stegvis.core.ReceivedKind
import no.stegvis.ui.AppCore
import no.stegvis.ui.LocalPlatform
import no.stegvis.ui.Navigator
import no.stegvis.ui.Routes
import no.stegvis.ui.components.ScreenScaffold
import no.stegvis.ui.text.text

/**
 * Taking in a file someone sent: pick it, and the core's words about what came in. A
 * refused file shows the core's sentence in the banner and changes nothing.
 */
@Composable
fun ReceiveScreen(
    received: ReceivedEnvelope?,
    onPick: () -> Unit,
    onOpenPlan: (String) -> Unit,
    onBack: () -> Unit,
    modifier: Modifier = Modifier,
) {
    ScreenScaffold(title = text("shell-sharing-receive-title"), onBack = onBack, modifier = modifier) {
        if (received != null) {
            Card(Modifier.fillMaxWidth()) {
                Text(
                    received.text,
                    style = MaterialTheme.typography.bodyLarge,
                    modifier = Modifier.padding(12.dp).testTag("sharing-received"),
                )
            }
            if (received.kind == ReceivedKind.PLAN) {
                WideButton("shell-sharing-open-plan", "sharing-received-open", primary = true) { onOpenPlan(received.contactId) }
            }
        }
        Text(text("shell-sharing-receive-hint"))
        WideButton("shell-sharing-pick", "sharing-pick", primary = received == null, onClick = onPick)
    }
}

/** Asks the device for the file, then gives its bytes to the core through [inbox]. */
class ReceiveState(private val core: AppCore, private val inbox: SharingInbox) {
    fun pick(platform: no.stegvis.ui.Platform) {
        platform.pickFile { picked ->
            if (picked != null) {
                val bytes =
                    try {
                        readCapped(File(picked))
                    } catch (_: IOException) {
                        // Unreadable is as if it were not a valid envelope: the core says so.
                        ByteArray(0)
                    }
                inbox.receive(core, bytes)
            }
        }
    }
}

/**
 * At most [READ_CAP] bytes of [file]: the core refuses anything over 256 KiB, so a huge
 * file picked by mistake is refused without being held whole in memory.
 */
private fun readCapped(file: File): ByteArray = file.inputStream().use { input ->
    val out = java.io.ByteArrayOutputStream()
    val buffer = ByteArray(BUFFER)
    var total = 0
    while (total <= READ_CAP) {
        val n = input.read(buffer)
        if (n < 0) break
        out.write(buffer, 0, n)
        total += n
    }
    out.toByteArray()
}

private const val READ_CAP = 512 * 1024
private const val BUFFER = 8192

@Composable
fun ReceiveRoute(core: AppCore, navigator: Navigator, inbox: SharingInbox) {
    val platform = LocalPlatform.current
    val state = remember(core, inbox) { ReceiveState(core, inbox) }
    ReceiveScreen(
        inbox.last,
        onPick = { state.pick(platform) },
        onOpenPlan = { navigator.open(Routes.supporterPlanOf(it)) },
        onBack = navigator::back,
    )
}
