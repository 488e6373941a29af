package no.stegvis.ui.sharing

import java.io.File
import no.stegvis.core.Lang
import no.stegvis.core.PlanSection
import no.stegvis.ui.RecordingPlatform
import no.stegvis.ui.testing.TestCore
import no.stegvis.ui.testing.demoCore
import no.stegvis.ui.testing.emptyCore

/**
 * Two real installs on two real SQLite files: the participant (the demo's plan) and a
 * supporter (nothing else in it), paired both ways through the real API. [samId] is the
 * supporter as the participant knows them (named Sam, as the demo plan's supporter
 * actions are), [kariId] the participant as the supporter knows them.
 */
class TwoPhones(val participant: TestCore, val supporter: TestCore, val samId: String, val kariId: String) : AutoCloseable {
    /** The participant shares [sections] with Sam, seals the envelope and returns it. */
    fun share(sections: List<PlanSection> = SHARED, until: String? = null): ByteArray {
        participant.companion.shareGrant(samId, sections, until)
        return participant.companion.shareSend(samId)
    }

    override fun close() {
        participant.close()
        supporter.close()
    }
}

/** What the tests share: the signs and what supporters can do. */
val SHARED = listOf(PlanSection.SIGNS, PlanSection.SUPPORTER_ACTIONS, PlanSection.CONTACTS)

/** Two installs paired both ways; [confirm]: each confirmed that the digits matched. */
fun twoPhones(lang: Lang = Lang.EN, confirm: Boolean = true): TwoPhones {
    val participant = demoCore(lang)
    val supporter = emptyCore(lang)
    val sam = participant.companion.sharePair(supporter.companion.sharePairCode().text, "Sam")
    val kari = supporter.companion.sharePair(participant.companion.sharePairCode().text, "Kari")
    if (confirm) {
        participant.companion.shareConfirm(sam.contactId)
        supporter.companion.shareConfirm(kari.contactId)
    }
    return TwoPhones(participant, supporter, sam.contactId, kari.contactId)
}

/** The supporter's install holding Kari's shared plan; the participant's install is closed. */
fun supporterWithCopy(lang: Lang = Lang.EN): TestCore {
    val phones = twoPhones(lang)
    val envelope = phones.share()
    phones.supporter.companion.shareReceive(envelope)
    phones.participant.close()
    return phones.supporter
}

/** The participant's install sharing with Sam; the supporter's install is closed. */
fun participantSharing(lang: Lang = Lang.EN): TestCore {
    val phones = twoPhones(lang)
    phones.supporter.companion.shareReceive(phones.share())
    phones.supporter.close()
    return phones.participant
}

/** A device whose file picker returns [picked] and whose camera sees [scanned]. */
class PickingPlatform(private val picked: File? = null) : RecordingPlatform() {
    override fun pickFile(onPicked: (String?) -> Unit) {
        asked += "pick"
        onPicked(picked?.path)
    }

    /** The last file handed to the share sheet, as bytes. */
    fun lastShared(): ByteArray = File(asked.last { it.startsWith("share ") }.removePrefix("share ")).readBytes()
}
