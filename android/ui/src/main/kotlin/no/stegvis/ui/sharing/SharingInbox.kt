package no.stegvis.ui.sharing

import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.setValue
import no.stegvis.core.ReceivedEnvelope
import no.stegvis.ui.AppCore

/**
 * The last envelope taken in, from a picked file or from a file another app opened
 * Stegvis with, so the screen that opens next shows what the core said about it.
 */
class SharingInbox {
    var last by mutableStateOf<ReceivedEnvelope?>(null)
        private set

    /** Gives [envelope] to the core; false (and the core's sentence in the banner) when refused. */
    fun receive(core: AppCore, envelope: ByteArray): Boolean {
        last = null
        last = core.write { it.shareReceive(envelope) } ?: return false
        return true
    }
}
