package no.stegvis.ui.sharing

import androidx.compose.runtime.Composable
import androidx.compose.runtime.LaunchedEffect
import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.remember
import androidx.compose.runtime.setValue
import java.io.File
import no.stegvis.core.PlanSection
import no.stegvis.ui.AppCore
import no.stegvis.ui.LocalPlatform
import no.stegvis.ui.Navigator
import no.stegvis.ui.Platform
import no.stegvis.ui.Routes

/**
 * What is chosen for one person, pre-filled from what is shared with them now; the
 * consent text is the core's for exactly this choice. Share records the consent, seals
 * the envelope and hands it to the share sheet as a file; Stop sharing does the same
 * with the withdrawal notice.
 */
class ChooseState(private val core: AppCore, private val platform: Platform, private val contactId: String) {
    var view by mutableStateOf<ChooseView?>(null)
        private set
    var confirmingStop by mutableStateOf(false)
        private set
    private var chosen: Set<PlanSection>? = null
    private var until: String? = null
    private var untilChosen = false

    fun load() {
        val sharing = core.read { it.sharing() } ?: return
        val contact = sharing.contacts.firstOrNull { it.id == contactId }
        val untilChoices = core.read { it.shareUntilChoices() }
        if (contact == null || untilChoices == null) return
        val sections = chosen ?: contact.consent?.sections?.toSet().orEmpty()
        // A change starts from the end date in force; something new from the core's first choice.
        if (!untilChosen) until = if (contact.consent != null) contact.consent?.until else untilChoices.firstOrNull()?.until
        val consentText =
            if (sections.isEmpty()) null else core.read { it.shareConsentText(contactId, sections.toList(), until) }
        view = ChooseView(contact, sharing.sectionChoices, untilChoices, sections, until, consentText)
    }

    val actions = ChooseActions(
        toggle = { section ->
            val now = view?.sections.orEmpty()
            chosen = if (section in now) now - section else now + section
            load()
        },
        until = { choice ->
            until = choice
            untilChosen = true
            load()
        },
        share = ::share,
        stop = ::stop,
    )

    /** True once shared and the envelope handed on. */
    var done by mutableStateOf(false)
        private set

    private fun share() {
        // The core keeps the parts in the plan's order, whatever order they were ticked in.
        val sections = view?.sections?.toList() ?: return
        // One step in the core: no consent is kept without the envelope that carries it.
        val envelope = core.write { it.shareGrantAndSend(contactId, sections, until).envelope } ?: return
        hand(envelope)
        chosen = null
        done = true
    }

    private fun stop() {
        if (!confirmingStop) {
            confirmingStop = true
            return
        }
        val notice = core.write { it.shareWithdraw(contactId) } ?: return
        confirmingStop = false
        hand(notice)
        done = true
    }

    private fun hand(envelope: ByteArray) {
        val path = platform.exportFile(ENVELOPE_NAME)
        File(path).writeBytes(envelope)
        platform.shareFile(path)
    }

    companion object {
        /** The file the envelope travels in; Stegvis opens files with this ending. */
        const val ENVELOPE_NAME = "stegvis-plan.stegvis-share"
    }
}

@Composable
fun ChooseRoute(core: AppCore, navigator: Navigator, contactId: String) {
    val platform = LocalPlatform.current
    val state = remember(core, platform, contactId) { ChooseState(core, platform, contactId) }
    LaunchedEffect(core.revision) { state.load() }
    LaunchedEffect(state.done) { if (state.done) navigator.backTo(Routes.SHARING) }
    val view = state.view ?: return
    ChooseScreen(view, state.confirmingStop, state.actions, onBack = navigator::back)
}
