package no.stegvis.jvm

import java.nio.file.Path
import java.time.Instant
import java.time.temporal.ChronoUnit
import no.stegvis.core.AuditEvent
import no.stegvis.core.Clock
import no.stegvis.core.PlanEdit
import no.stegvis.core.PlanItem
import no.stegvis.core.PlanSection
import no.stegvis.core.ReceivedKind
import no.stegvis.core.StegvisCompanion
import no.stegvis.core.StegvisException
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.assertThrows
import org.junit.jupiter.api.io.TempDir

/** One clock for both phones, moved by hand so each step has its own time. */
private class SharedClock(var now: Instant) : Clock {
    override fun now(): Instant = now

    fun later(minutes: Long) {
        now = now.plus(minutes, ChronoUnit.MINUTES)
    }
}

private fun item(text: String, supporter: String? = null, reach: String? = null) =
    PlanItem(text = text, supporter = supporter, reach = reach, contactKind = null, signId = null)

/**
 * Sharing the plan from Kotlin through the real library, with two real data folders:
 * Ola (the participant) and Kari (the supporter) import each other's pairing codes and
 * see the same digits, Ola confirms and shares two parts of the plan, Kari takes the
 * envelope in and sees exactly those two parts; a withdrawal deletes her copy; both
 * audit logs show each step, newest first, without plan content. An envelope with one
 * byte changed is refused with EnvelopeRejected and changes nothing.
 */
class SharingTest {
    @TempDir
    lateinit var dir: Path

    private val clock = SharedClock(Instant.parse("2026-11-23T08:00:00Z"))

    private fun phone(name: String): StegvisCompanion =
        StegvisCompanion.openWithClock(config(dir.resolve(name)), InMemoryKeyManager(), clock)

    private fun writePlan(app: StegvisCompanion) {
        app.editPlan(
            listOf(
                PlanEdit.AddItem(PlanSection.TRIGGERS, item("Too many late nights")),
                PlanEdit.AddItem(PlanSection.SUPPORTER_ACTIONS, item("Ask me how I slept", supporter = "Kari")),
                PlanEdit.AddItem(PlanSection.CONTACTS, item("Clinic", reach = "Weekdays, phone 22 00 00 00")),
            ),
        )
    }

    /** Pairs both ways; returns Kari as Ola knows her and Ola as Kari knows him. */
    private fun pair(ola: StegvisCompanion, kari: StegvisCompanion): Pair<String, String> {
        val olaCode = ola.sharePairCode()
        val kariCode = kari.sharePairCode()
        assertTrue(olaCode.qr.size > 20u)
        val kariAtOla = ola.sharePair(kariCode.text, "Kari")
        val olaAtKari = kari.sharePair(olaCode.text, "Ola")
        // The digits each screen shows for the other are the other's own.
        assertEquals(kari.shareIdentity().fingerprint, kariAtOla.fingerprint)
        assertEquals(ola.shareIdentity().fingerprint, olaAtKari.fingerprint)
        assertTrue(kariAtOla.compareText.contains(kariAtOla.fingerprint))
        // Kari compared Ola's digits: her phone takes in only what a confirmed person sends.
        kari.shareConfirm(olaAtKari.contactId)
        return kariAtOla.contactId to olaAtKari.contactId
    }

    private fun events(app: StegvisCompanion): List<AuditEvent> = app.shareAuditLog().map { it.event }

    @Test
    fun `two phones pair, share two parts of the plan and withdraw them`() {
        phone("ola").use { ola ->
            phone("kari").use { kari ->
                writePlan(ola)
                val (kariAtOla, _) = pair(ola, kari)
                clock.later(1)
                assertThrows<StegvisException.Conflict> {
                    ola.shareGrant(kariAtOla, listOf(PlanSection.CONTACTS), null)
                }
                assertTrue(ola.shareConfirm(kariAtOla).confirmed)
                clock.later(1)
                val consent = ola.shareGrant(
                    kariAtOla,
                    listOf(PlanSection.CONTACTS, PlanSection.SUPPORTER_ACTIONS),
                    "2027-02-23",
                )
                assertEquals(listOf(PlanSection.SUPPORTER_ACTIONS, PlanSection.CONTACTS), consent.sections)
                assertTrue(consent.text.contains("Kari"))

                clock.later(1)
                val envelope = ola.shareSend(kariAtOla)
                clock.later(1)
                val received = kari.shareReceive(envelope)
                assertEquals(ReceivedKind.PLAN, received.kind)
                assertEquals("Ola", received.fromName)

                val plan = kari.supporterPlans().single()
                assertEquals(listOf(PlanSection.SUPPORTER_ACTIONS, PlanSection.CONTACTS), plan.sections)
                assertTrue(plan.watchFor.isEmpty())
                assertTrue(plan.otherSections.isEmpty(), "triggers were not shared")
                assertEquals(listOf("Ask me how I slept"), plan.whatToDo.map { it.text })
                assertEquals(listOf("22000000"), plan.contacts.map { it.phone })
                assertTrue(plan.expiresLabel.contains("23 February"), plan.expiresLabel)

                // The same envelope again changes nothing.
                assertThrows<StegvisException.EnvelopeRejected> { kari.shareReceive(envelope) }
                assertEquals(1, kari.supporterPlans().size)

                clock.later(60)
                val notice = ola.shareWithdraw(kariAtOla)
                val sharing = ola.sharing()
                assertTrue(sharing.consents.none { it.isCurrent })
                clock.later(1)
                assertEquals(ReceivedKind.WITHDRAWAL, kari.shareReceive(notice).kind)
                assertTrue(kari.supporterPlans().isEmpty())

                assertEquals(
                    listOf(
                        AuditEvent.WITHDRAWAL_CREATED,
                        AuditEvent.WITHDRAWN,
                        AuditEvent.ENVELOPE_CREATED,
                        AuditEvent.GRANTED,
                        AuditEvent.CONFIRMED,
                        AuditEvent.PAIRED,
                    ),
                    events(ola),
                )
                assertEquals(
                    listOf(AuditEvent.WITHDRAWAL_IMPORTED, AuditEvent.ENVELOPE_IMPORTED, AuditEvent.CONFIRMED, AuditEvent.PAIRED),
                    events(kari),
                )
                for (entry in ola.shareAuditLog() + kari.shareAuditLog()) {
                    assertFalse(entry.text.contains("slept"), entry.text)
                    assertFalse(entry.text.contains("22 00"), entry.text)
                }
            }
        }
    }

    @Test
    fun `an envelope with a byte changed is refused and changes nothing`() {
        phone("ola").use { ola ->
            phone("kari").use { kari ->
                writePlan(ola)
                val (kariAtOla, _) = pair(ola, kari)
                ola.shareConfirm(kariAtOla)
                ola.shareGrant(kariAtOla, listOf(PlanSection.TRIGGERS), null)
                val envelope = ola.shareSend(kariAtOla)
                val before = events(kari)
                for (at in listOf(0, 5, 40, 200, envelope.size / 2, envelope.size - 1)) {
                    val damaged = envelope.copyOf()
                    damaged[at] = (damaged[at].toInt() xor 0x01).toByte()
                    assertThrows<StegvisException.EnvelopeRejected> { kari.shareReceive(damaged) }
                }
                assertThrows<StegvisException.EnvelopeRejected> { kari.shareReceive(envelope.copyOf(envelope.size - 1)) }
                assertTrue(kari.supporterPlans().isEmpty())
                assertEquals(before, events(kari))
                // The undamaged one still goes in.
                assertEquals(ReceivedKind.PLAN, kari.shareReceive(envelope).kind)
                assertEquals(listOf(PlanSection.TRIGGERS), kari.supporterPlans().single().sections)
            }
        }
    }
}
