package no.stegvis.ui.sharing

import androidx.compose.ui.test.assertTextEquals
import androidx.compose.ui.test.onNodeWithTag
import androidx.compose.ui.test.onNodeWithText
import androidx.compose.ui.test.performClick
import androidx.compose.ui.test.performScrollTo
import androidx.compose.ui.test.performTextInput
import androidx.compose.ui.test.v2.runComposeUiTest
import java.nio.file.Files
import no.stegvis.core.PlanSection
import no.stegvis.core.ReceivedEnvelope
import no.stegvis.core.StegvisException
import no.stegvis.ui.RecordingPlatform
import no.stegvis.ui.Routes
import no.stegvis.ui.supporter.SupporterActions
import no.stegvis.ui.supporter.SupporterPlanScreen
import no.stegvis.ui.testing.assertAccessible
import no.stegvis.ui.testing.emptyCore
import no.stegvis.ui.testing.openApp
import no.stegvis.ui.testing.renderScreen
import no.stegvis.ui.testing.runTallUiTest
import org.junit.Assert.assertEquals
import org.junit.Assert.assertFalse
import org.junit.Assert.assertTrue
import org.junit.Test

class SharingScreensTest {
    private val noChoose = ChooseActions(toggle = {}, until = {}, share = {}, stop = {})

    @Test
    fun myCodeRendersWithItsQr() = renderScreen("sharing-my-code", data = { emptyCore(it) }) { core ->
        MyCodeScreen(core.companion.sharePairCode(), onShareText = {}, onBack = {})
    }

    @Test
    fun theSharingHomeRendersWithAContact() = renderScreen("sharing-home", data = ::participantSharing) { core ->
        SharingHomeScreen(SharingHomeView(core.companion.sharing(), core.companion.supporterPlans()), onOpen = {}, onBack = {})
    }

    @Test
    fun theSupportersHomeRendersWithAPlan() = renderScreen("sharing-home-supporter", data = ::supporterWithCopy) { core ->
        SharingHomeScreen(SharingHomeView(core.companion.sharing(), core.companion.supporterPlans()), onOpen = {}, onBack = {})
    }

    @Test
    fun pairingRenders() = renderScreen("sharing-pair", data = { emptyCore(it) }) {
        PairScreen(code = "", onCode = {}, onScan = {}, onImport = {}, onBack = {})
    }

    @Test
    fun comparingRendersTheOtherPhonesDigits() {
        // Made with each variant's data, just before that variant is drawn.
        var compared: CompareView? = null
        renderScreen("sharing-compare", data = { lang ->
            val other = emptyCore(lang)
            val code = other.companion.sharePairCode().text
            other.close()
            emptyCore(lang).also { core ->
                val paired = core.companion.sharePair(code, "Sam")
                compared = CompareView(paired.name, paired.fingerprint, paired.compareText)
            }
        }) {
            CompareScreen(compared!!, onMatch = {}, onNoMatch = {}, onBack = {})
        }
    }

    @Test
    fun choosingWhatToShareRendersTheConsentText() = renderScreen("sharing-choose", data = { twoPhones(it).detachParticipant() }) { core ->
        val contact = core.companion.sharing().contacts.single()
        val until = core.companion.shareUntilChoices()
        val sections = setOf(PlanSection.SIGNS, PlanSection.SUPPORTER_ACTIONS)
        val text = core.companion.shareConsentText(contact.id, sections.toList(), until.first().until)
        ChooseScreen(
            ChooseView(contact, core.companion.sharing().sectionChoices, until, sections, until.first().until, text),
            confirmingStop = false,
            actions = noChoose,
            onBack = {},
        )
    }

    @Test
    fun changingWhatIsSharedRendersWithStop() = renderScreen("sharing-change", data = ::participantSharing) { core ->
        val sharing = core.companion.sharing()
        val contact = sharing.contacts.single()
        val consent = contact.consent!!
        ChooseScreen(
            ChooseView(
                contact,
                sharing.sectionChoices,
                core.companion.shareUntilChoices(),
                consent.sections.toSet(),
                consent.until,
                core.companion.shareConsentText(contact.id, consent.sections, consent.until),
            ),
            confirmingStop = true,
            actions = noChoose,
            onBack = {},
        )
    }

    @Test
    fun theSupportersViewRenders() = renderScreen("supporter-plan", data = ::supporterWithCopy) { core ->
        SupporterPlanScreen(core.companion.supporterPlans().single(), confirmingRemove = false, SupporterActions({}, {}), onBack = {})
    }

    @Test
    fun theAuditLogRenders() = renderScreen("sharing-audit", data = ::participantSharing) { core ->
        AuditScreen(core.companion.shareAuditLog(), onBack = {})
    }

    @Test
    fun consentsCurrentAndPastRender() = renderScreen("sharing-consents", data = { lang ->
        twoPhones(lang).let { phones ->
            phones.share(listOf(PlanSection.SIGNS))
            phones.participant.companion.shareWithdraw(phones.samId)
            phones.share()
            phones.detachParticipant()
        }
    }) { core ->
        ConsentsScreen(core.companion.sharing().consents, onBack = {})
    }

    @Test
    fun aReceivedPlanRenders() {
        var received: ReceivedEnvelope? = null
        renderScreen("sharing-received", data = { lang ->
            val phones = twoPhones(lang)
            received = phones.supporter.companion.shareReceive(phones.share())
            phones.participant.close()
            phones.supporter
        }) {
            ReceiveScreen(received, onPick = {}, onOpenPlan = {}, onBack = {})
        }
    }

    @Test
    fun pairingScanningComparingAndSharingReachTheCore() = runComposeUiTest {
        twoPhones(confirm = false).use { phones ->
            // A fresh pairing from the participant's side: Sam's code comes from the camera.
            val fresh = emptyCore()
            val platform = PickingPlatform().apply { scanned = fresh.companion.sharePairCode().text }
            openApp(phones.participant, Routes.SHARING, platform)
            onNodeWithTag("sharing-pair").performScrollTo().performClick()
            onNodeWithTag("sharing-scan").performClick()
            onNodeWithTag("sharing-name").performTextInput("Alex")
            onNodeWithTag("sharing-pair-do").performScrollTo().performClick()
            onNodeWithTag("sharing-compare-digits").assertTextEquals(fresh.companion.shareIdentity().fingerprint)
            onNodeWithTag("sharing-match").performScrollTo().performClick()
            waitForIdle()
            val alex = phones.participant.companion.sharing().contacts.single { it.name == "Alex" }
            assertTrue(alex.confirmed)
            // Straight on to choosing: two parts, the first end date, the core's exact words, Share.
            onNodeWithTag("sharing-section-signs").performScrollTo().performClick()
            onNodeWithTag("sharing-section-supporter-actions").performScrollTo().performClick()
            val until = phones.participant.companion.shareUntilChoices().first().until
            val words = phones.participant.companion.shareConsentText(
                alex.id,
                listOf(PlanSection.SIGNS, PlanSection.SUPPORTER_ACTIONS),
                until,
            )
            onNodeWithTag("sharing-consent-text").performScrollTo().assertTextEquals(words)
            onNodeWithTag("sharing-share").performScrollTo().performClick()
            waitForIdle()
            val consent = phones.participant.companion.sharing().consents.single { it.contactId == alex.id }
            assertEquals(listOf(PlanSection.SIGNS, PlanSection.SUPPORTER_ACTIONS), consent.sections)
            assertEquals(words, consent.text)
            assertEquals(until, consent.until)
            // The envelope went to the share sheet, and Alex's phone opens it.
            val kari = fresh.companion.sharePair(phones.participant.companion.sharePairCode().text, "Kari")
            fresh.companion.shareConfirm(kari.contactId)
            val plan = fresh.companion.shareReceive(platform.lastShared())
            assertEquals("Kari", plan.fromName)
            assertEquals(listOf(PlanSection.SIGNS, PlanSection.SUPPORTER_ACTIONS), fresh.companion.supporterPlans().single().sections)
            fresh.close()
        }
    }

    @Test
    fun digitsThatDoNotMatchShareNothing() = runComposeUiTest {
        twoPhones().use { phones ->
            val fresh = emptyCore()
            openApp(phones.participant, Routes.SHARE_PAIR)
            onNodeWithTag("sharing-paste").performTextInput(fresh.companion.sharePairCode().text)
            onNodeWithTag("sharing-pair-do").performScrollTo().performClick()
            onNodeWithTag("sharing-no-match").performScrollTo().performClick()
            waitForIdle()
            val contact = phones.participant.companion.sharing().contacts.single { it.id != phones.samId }
            assertFalse(contact.confirmed)
            assertTrue(phones.participant.companion.sharing().consents.isEmpty())
            fresh.close()
        }
    }

    @Test
    fun myCodeIsSentAsText() = runComposeUiTest {
        emptyCore().use { test ->
            val platform = RecordingPlatform()
            openApp(test, Routes.SHARE_CODE, platform)
            onNodeWithTag("sharing-code-digits").assertTextEquals(test.companion.shareIdentity().fingerprint)
            onNodeWithTag("sharing-code-share").performScrollTo().performClick()
            assertEquals(listOf("shareText ${test.companion.sharePairCode().text}"), platform.asked)
        }
    }

    @Test
    fun aPickedFileGivesTheSupporterThePlanAndRemovingItEmptiesIt() = runComposeUiTest {
        twoPhones().use { phones ->
            val file = Files.createTempFile("plan", ".stegvis-share").toFile().apply { writeBytes(phones.share()) }
            openApp(phones.supporter, Routes.SHARING, PickingPlatform(file))
            onNodeWithTag("sharing-receive").performScrollTo().performClick()
            onNodeWithTag("sharing-pick").performScrollTo().performClick()
            waitForIdle()
            val plan = phones.supporter.companion.supporterPlans().single()
            assertEquals(SHARED, plan.sections)
            onNodeWithTag("sharing-received").assertExists()
            onNodeWithTag("sharing-received-open").performScrollTo().performClick()
            onNodeWithText(plan.expiresLabel).assertExists()
            onNodeWithTag("supporter-remove").performScrollTo().performClick()
            // Asked first: nothing removed yet.
            assertEquals(1, phones.supporter.companion.supporterPlans().size)
            onNodeWithTag("supporter-remove-yes").performScrollTo().performClick()
            waitForIdle()
            assertTrue(phones.supporter.companion.supporterPlans().isEmpty())
            file.delete()
        }
    }

    @Test
    fun aRefusedFileShowsTheCoresSentenceAndChangesNothing() = runComposeUiTest {
        twoPhones().use { phones ->
            val envelope = phones.share()
            envelope[envelope.size / 2] = (envelope[envelope.size / 2].toInt() xor 1).toByte()
            val file = Files.createTempFile("plan", ".stegvis-share").toFile().apply { writeBytes(envelope) }
            openApp(phones.supporter, Routes.SHARE_RECEIVE, PickingPlatform(file))
            onNodeWithTag("sharing-pick").performScrollTo().performClick()
            waitForIdle()
            onNodeWithText(phones.supporter.companion.describeError(StegvisException.EnvelopeRejected())).assertExists()
            assertTrue(phones.supporter.companion.supporterPlans().isEmpty())
            file.delete()
        }
    }

    @Test
    fun stoppingAsksFirstThenWithdrawsAndTheNoticeRemovesTheCopy() = runComposeUiTest {
        twoPhones().use { phones ->
            phones.supporter.companion.shareReceive(phones.share())
            val platform = PickingPlatform()
            openApp(phones.participant, Routes.shareChooseOf(phones.samId), platform)
            onNodeWithTag("sharing-stop").performScrollTo().performClick()
            assertTrue(phones.participant.companion.sharing().consents.single().isCurrent)
            onNodeWithTag("sharing-stop-yes").performScrollTo().performClick()
            waitForIdle()
            assertFalse(phones.participant.companion.sharing().consents.single().isCurrent)
            phones.supporter.companion.shareReceive(platform.lastShared())
            assertTrue(phones.supporter.companion.supporterPlans().isEmpty())
        }
    }

    @Test
    fun changingStartsFromWhatIsSharedAndSendsTheNewParts() = runComposeUiTest {
        twoPhones().use { phones ->
            phones.supporter.companion.shareReceive(phones.share())
            val platform = PickingPlatform()
            openApp(phones.participant, Routes.SHARING, platform)
            onNodeWithTag("sharing-choose-${phones.samId}").performScrollTo().performClick()
            onNodeWithTag("sharing-section-contacts").performScrollTo().performClick()
            onNodeWithTag("sharing-share").performScrollTo().performClick()
            waitForIdle()
            val consent = phones.participant.companion.sharing().consents.single()
            assertEquals(listOf(PlanSection.SIGNS, PlanSection.SUPPORTER_ACTIONS), consent.sections)
            phones.supporter.companion.shareReceive(platform.lastShared())
            assertEquals(consent.sections, phones.supporter.companion.supporterPlans().single().sections)
        }
    }

    @Test
    fun theSupporterCallsAContactWithOneTap() = runComposeUiTest {
        supporterWithCopy().use { test ->
            val platform = RecordingPlatform()
            val plan = test.companion.supporterPlans().single()
            openApp(test, Routes.supporterPlanOf(plan.contactId), platform)
            onNodeWithTag("supporter-call-0").performScrollTo().performClick()
            assertEquals(listOf("dial ${plan.contacts.first().phone}"), platform.asked)
        }
    }

    @Test
    fun everySharingScreenIsReadableAtDoubleText() = runTallUiTest {
        twoPhones().use { phones ->
            phones.supporter.companion.shareReceive(phones.share())
            for ((test, route) in listOf(
                phones.participant to Routes.SHARING,
                phones.participant to Routes.SHARE_CODE,
                phones.participant to Routes.SHARE_PAIR,
                phones.participant to Routes.shareChooseOf(phones.samId),
                phones.participant to Routes.SHARE_CONSENTS,
                phones.participant to Routes.SHARE_AUDIT,
                phones.supporter to Routes.SHARING,
                phones.supporter to Routes.SHARE_RECEIVE,
                phones.supporter to Routes.supporterPlanOf(phones.kariId),
            )) {
                openApp(test, route, fontScale = 2f)
                assertAccessible()
            }
        }
    }
}

/** The participant's install alone (the supporter's closed). */
private fun TwoPhones.detachParticipant() = participant.also { supporter.close() }
