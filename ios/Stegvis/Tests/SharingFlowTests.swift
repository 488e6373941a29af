import Foundation
import StegvisCore
import XCTest
@testable import Stegvis

/// Two real installs on two real SQLite files, as Android's and the JVM's sharing tests
/// drive them: the participant (the demo's plan) and a supporter (nothing else in it).
@MainActor
private struct TwoPhones {
    let participant: TestCore
    let supporter: TestCore
    /// The supporter as the participant knows them.
    let samId: String
    /// The participant as the supporter knows them.
    let kariId: String
}

/// Sharing the plan through the screens' models, against two real cores: pairing with the
/// core's pairing code and comparing the digits, choosing what to share with the core's
/// consent text, the sealed file made, taken in on the other phone and read back there;
/// withdrawing, and the log that shows it; refusals that change nothing.
@MainActor
final class SharingFlowTests: XCTestCase {
    /// Each phone imports the other's code the way a person would (the code as text, a
    /// name) and, when `confirm`, says the digits matched.
    private func twoPhones(confirm: Bool = true) throws -> TwoPhones {
        let participant = try TestCore()
        let supporter = try TestCore(demo: false)

        let supporterCode = MyCodeModel(core: supporter.core)
        supporterCode.load()
        let samPairing = PairModel(core: participant.core)
        samPairing.code = try XCTUnwrap(supporterCode.code).text
        samPairing.name = "Sam"
        samPairing.pair()
        let sam = try XCTUnwrap(samPairing.paired)

        let participantCode = MyCodeModel(core: participant.core)
        participantCode.load()
        let kariPairing = PairModel(core: supporter.core)
        kariPairing.scanned(try XCTUnwrap(participantCode.code).text)
        kariPairing.name = "Kari"
        kariPairing.pair()
        let kari = try XCTUnwrap(kariPairing.paired)

        if confirm {
            XCTAssertTrue(samPairing.confirm(sam.contactId))
            XCTAssertTrue(kariPairing.confirm(kari.contactId))
        }
        return TwoPhones(participant: participant, supporter: supporter, samId: sam.contactId, kariId: kari.contactId)
    }

    /// The participant shares `sections` with Sam through the choose screen's model;
    /// returns the file handed to the share sheet.
    private func share(_ phones: TwoPhones, _ sections: [PlanSection]) throws -> OutgoingFile {
        let choose = ChooseModel(core: phones.participant.core, contactId: phones.samId)
        choose.load()
        let already = try XCTUnwrap(choose.view).sections
        for section in sections where !already.contains(section) {
            choose.toggle(section)
        }
        choose.share()
        XCTAssertNil(phones.participant.core.problem)
        return try XCTUnwrap(choose.outgoing)
    }

    func testMyCodeIsTheCoresMatrixAndDigits() throws {
        let test = try TestCore()
        let model = MyCodeModel(core: test.core)
        model.load()
        let code = try XCTUnwrap(model.code)
        XCTAssertEqual(code.identity.fingerprint, try test.companion.shareIdentity().fingerprint)
        XCTAssertGreaterThan(code.qr.size, 20)
        // The matrix the QR view draws: `size` rows of `size` modules, some dark, some light.
        XCTAssertEqual(code.qr.modules.count, Int(code.qr.size) * Int(code.qr.size))
        XCTAssertTrue(code.qr.modules.contains(true))
        XCTAssertTrue(code.qr.modules.contains(false))
        XCTAssertFalse(code.text.isEmpty)
    }

    func testPairingChoosingSharingAndReadingThePlanOnTheOtherPhone() throws {
        let participant = try TestCore()
        let supporter = try TestCore(demo: false)

        // The participant imports the supporter's code and sees the supporter's own digits.
        let supporterCode = MyCodeModel(core: supporter.core)
        supporterCode.load()
        let pairing = PairModel(core: participant.core)
        pairing.code = try XCTUnwrap(supporterCode.code).text
        pairing.name = "Sam"
        pairing.pair()
        let sam = try XCTUnwrap(pairing.paired)
        XCTAssertEqual(sam.name, "Sam")
        XCTAssertEqual(sam.fingerprint, try supporter.companion.shareIdentity().fingerprint)
        XCTAssertTrue(sam.compareText.contains(sam.fingerprint))

        // Paired but not compared: the home offers to compare, nothing can be shared yet.
        let home = SharingHomeModel(core: participant.core)
        home.load()
        XCTAssertEqual(try XCTUnwrap(home.view).sharing.contacts.map(\.confirmed), [false])

        // They match.
        XCTAssertTrue(pairing.confirm(sam.contactId))
        home.load()
        XCTAssertEqual(try XCTUnwrap(home.view).sharing.contacts.map(\.confirmed), [true])

        // The supporter scans the participant's code the same way, and confirms too.
        let participantCode = MyCodeModel(core: participant.core)
        participantCode.load()
        let back = PairModel(core: supporter.core)
        back.scanned(try XCTUnwrap(participantCode.code).text)
        back.name = "Kari"
        back.pair()
        let kari = try XCTUnwrap(back.paired)
        XCTAssertEqual(kari.fingerprint, try participant.companion.shareIdentity().fingerprint)
        XCTAssertTrue(back.confirm(kari.contactId))

        // Choosing: nothing chosen means no consent text and no Share.
        let choose = ChooseModel(core: participant.core, contactId: sam.contactId)
        choose.load()
        var view = try XCTUnwrap(choose.view)
        XCTAssertTrue(view.sections.isEmpty)
        XCTAssertNil(view.consentText)
        let until = view.untilChoices.first?.until
        XCTAssertEqual(view.until, until)

        // Two parts ticked (in either order): the words are the core's for exactly those.
        choose.toggle(.supporterActions)
        choose.toggle(.signs)
        view = try XCTUnwrap(choose.view)
        let words = try participant.companion.shareConsentText(contactId: sam.contactId, sections: [.signs, .supporterActions], until: until)
        XCTAssertEqual(view.consentText, words)
        // Ticking a third and unticking it again leaves the two.
        choose.toggle(.contacts)
        choose.toggle(.contacts)
        XCTAssertEqual(try XCTUnwrap(choose.view).sections, [.signs, .supporterActions])

        // Share: the consent is kept with its exact words, and the sealed file is handed on.
        choose.share()
        XCTAssertNil(participant.core.problem)
        let file = try XCTUnwrap(choose.outgoing)
        XCTAssertEqual(file.url.lastPathComponent, OutgoingFile.name)
        let consent = try XCTUnwrap(participant.companion.sharing().consents.first { $0.isCurrent })
        XCTAssertEqual(consent.contactId, sam.contactId)
        XCTAssertEqual(consent.sections, [.signs, .supporterActions])
        XCTAssertEqual(consent.text, words)
        XCTAssertEqual(consent.until, until)

        // The other phone opens the file: the core takes it in and says what came.
        let inbox = SharingInbox()
        XCTAssertTrue(inbox.receive(fileAt: file.url, core: supporter.core))
        XCTAssertNil(supporter.core.problem)
        let received = try XCTUnwrap(inbox.last)
        XCTAssertEqual(received.kind, .plan)
        XCTAssertEqual(received.fromName, "Kari")
        XCTAssertEqual(received.contactId, kari.contactId)

        // And the supporter reads exactly the two parts, read-only, from Kari.
        let plan = try XCTUnwrap(supporter.companion.supporterPlans().first)
        XCTAssertEqual(try supporter.companion.supporterPlans().count, 1)
        XCTAssertEqual(plan.fromName, "Kari")
        XCTAssertEqual(plan.sections, [.signs, .supporterActions])
        XCTAssertFalse(plan.watchFor.isEmpty)
        XCTAssertFalse(plan.whatToDo.isEmpty)
        XCTAssertTrue(plan.contacts.isEmpty, "contacts were not shared")
        let supporterHome = SharingHomeModel(core: supporter.core)
        supporterHome.load()
        XCTAssertEqual(try XCTUnwrap(supporterHome.view).plans.map(\.contactId), [kari.contactId])

        // The share sheet closed: the flow is finished and the file is gone from the phone.
        choose.handedOver()
        XCTAssertTrue(choose.done)
        file.remove()
        XCTAssertFalse(FileManager.default.fileExists(atPath: file.url.path))
    }

    func testChangingStartsFromWhatIsSharedAndSendsTheNewParts() throws {
        let phones = try twoPhones()
        let first = try share(phones, [.signs, .supporterActions])
        XCTAssertTrue(SharingInbox().receive(fileAt: first.url, core: phones.supporter.core))

        let change = ChooseModel(core: phones.participant.core, contactId: phones.samId)
        change.load()
        XCTAssertEqual(try XCTUnwrap(change.view).sections, [.signs, .supporterActions])
        change.toggle(.signs)
        change.share()
        let second = try XCTUnwrap(change.outgoing)

        XCTAssertTrue(SharingInbox().receive(fileAt: second.url, core: phones.supporter.core))
        let consent = try XCTUnwrap(phones.participant.companion.sharing().consents.first { $0.isCurrent })
        XCTAssertEqual(consent.sections, [.supporterActions])
        XCTAssertEqual(try phones.supporter.companion.supporterPlans().first?.sections, [.supporterActions])
    }

    func testWithdrawingAConsentRemovesTheCopyAndTheLogShowsIt() throws {
        let phones = try twoPhones()
        let plan = try share(phones, [.signs, .supporterActions, .contacts])
        XCTAssertTrue(SharingInbox().receive(fileAt: plan.url, core: phones.supporter.core))
        XCTAssertEqual(try phones.supporter.companion.supporterPlans().count, 1)

        // The participant sees every consent, and the one in force can be stopped there.
        let consents = ConsentsModel(core: phones.participant.core)
        consents.load()
        let consent = try XCTUnwrap(consents.consents?.first)
        XCTAssertTrue(consent.isCurrent)
        XCTAssertEqual(consent.contactName, "Sam")

        // The first tap only asks.
        consents.stop(consent)
        XCTAssertEqual(consents.confirmingStop, consent.id)
        XCTAssertNil(consents.outgoing)
        XCTAssertTrue(try XCTUnwrap(phones.participant.companion.sharing().consents.first).isCurrent)

        // The second stops sharing and hands on the notice.
        consents.stop(consent)
        XCTAssertNil(phones.participant.core.problem)
        XCTAssertNil(consents.confirmingStop)
        let notice = try XCTUnwrap(consents.outgoing)
        consents.load()
        XCTAssertEqual(consents.consents?.map(\.isCurrent), [false])

        // The supporter opens the notice: their copy is gone.
        let inbox = SharingInbox()
        XCTAssertTrue(inbox.receive(fileAt: notice.url, core: phones.supporter.core))
        XCTAssertEqual(inbox.last?.kind, .withdrawal)
        XCTAssertTrue(try phones.supporter.companion.supporterPlans().isEmpty)

        // Both logs show it, newest first, and neither holds any of the plan's words.
        let log = AuditModel(core: phones.participant.core)
        log.load()
        let entries = try XCTUnwrap(log.entries)
        XCTAssertEqual(Array(entries.map(\.event).prefix(2)), [.withdrawalCreated, .withdrawn])
        XCTAssertTrue(entries.map(\.event).contains(.granted))
        let supporterLog = AuditModel(core: phones.supporter.core)
        supporterLog.load()
        XCTAssertEqual(try XCTUnwrap(supporterLog.entries).first?.event, .withdrawalImported)
        // The plan's own lines (the longer ones: a short word could be in any sentence).
        let planWords = try phones.participant.companion.planView().sections
            .flatMap(\.items).map(\.text).filter { $0.count >= 12 }
        XCTAssertFalse(planWords.isEmpty)
        for entry in entries + (supporterLog.entries ?? []) {
            for words in planWords {
                XCTAssertFalse(entry.text.contains(words), entry.text)
            }
        }
        plan.remove()
        notice.remove()
    }

    func testComparingLaterConfirmsAndLeadsToChoosing() throws {
        let phones = try twoPhones(confirm: false)

        // Not compared yet: nothing can be shared with them.
        let early = ChooseModel(core: phones.participant.core, contactId: phones.samId)
        early.load()
        early.toggle(.signs)
        early.share()
        XCTAssertNotNil(phones.participant.core.problem)
        XCTAssertNil(early.outgoing)
        XCTAssertTrue(try phones.participant.companion.sharing().consents.isEmpty)

        let compare = CompareModel(core: phones.participant.core, contactId: phones.samId)
        compare.load()
        let view = try XCTUnwrap(compare.view)
        XCTAssertEqual(view.name, "Sam")
        XCTAssertEqual(view.fingerprint, try phones.supporter.companion.shareIdentity().fingerprint)
        XCTAssertTrue(compare.confirm())
        XCTAssertEqual(try phones.participant.companion.sharing().contacts.first?.confirmed, true)

        // "Back to sharing, then choose": the stack the match leaves behind.
        let navigator = Navigator()
        navigator.path = [.menu, .sharing, .shareCompare(contactId: phones.samId)]
        navigator.backTo(.sharing)
        navigator.open(.shareChoose(contactId: phones.samId))
        XCTAssertEqual(navigator.path, [.menu, .sharing, .shareChoose(contactId: phones.samId)])
        navigator.path = [.today]
        navigator.backTo(.sharing)
        XCTAssertEqual(navigator.path, [.sharing])
    }

    func testAWrongPairingCodeIsRefusedAndChangesNothing() throws {
        let participant = try TestCore()
        let other = try TestCore(demo: false)
        let real = try other.companion.sharePairCode().text
        let pairing = PairModel(core: participant.core)
        pairing.name = "Sam"

        for wrong in ["not a code", String(real.prefix(real.count / 2))] {
            pairing.code = wrong
            pairing.pair()
            XCTAssertNil(pairing.paired)
            XCTAssertNotNil(participant.core.problem)
        }
        XCTAssertEqual(participant.core.revision, 0)
        XCTAssertTrue(try participant.companion.sharing().contacts.isEmpty)
        XCTAssertTrue(try participant.companion.shareAuditLog().isEmpty)
    }

    func testADamagedOrUnreadableFileIsRefusedAndChangesNothing() throws {
        let phones = try twoPhones()
        let file = try share(phones, [.signs])
        let before = try phones.supporter.companion.shareAuditLog()
        let revision = phones.supporter.core.revision

        var damaged = try Data(contentsOf: file.url)
        damaged[damaged.count / 2] ^= 0x01
        let inbox = SharingInbox()
        XCTAssertFalse(inbox.receive(damaged, core: phones.supporter.core))
        XCTAssertNil(inbox.last)
        XCTAssertEqual(
            phones.supporter.core.problem,
            phones.supporter.companion.describeError(error: StegvisError.EnvelopeRejected)
        )
        // A file that cannot be read is nothing, which the core refuses just the same.
        let missing = file.url.deletingLastPathComponent().appendingPathComponent("gone.stegvis-share")
        XCTAssertFalse(inbox.receive(fileAt: missing, core: phones.supporter.core))

        XCTAssertEqual(phones.supporter.core.revision, revision)
        XCTAssertTrue(try phones.supporter.companion.supporterPlans().isEmpty)
        XCTAssertEqual(try phones.supporter.companion.shareAuditLog(), before)

        // The undamaged file still goes in.
        XCTAssertTrue(inbox.receive(fileAt: file.url, core: phones.supporter.core))
        XCTAssertEqual(try phones.supporter.companion.supporterPlans().first?.sections, [.signs])
        file.remove()
    }
}
