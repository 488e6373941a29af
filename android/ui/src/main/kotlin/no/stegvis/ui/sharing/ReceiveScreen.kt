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
                        File(picked).readBytes()
                    } catch (_: IOException) {
                        // Unreadable is as if it were not a valid envelope: the core says so.
                        ByteArray(0)
                    }
                inbox.receive(core, bytes)
            }
        }
    }
}

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
