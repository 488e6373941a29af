import StegvisCore
import XCTest
@testable import Stegvis

/// The supporter's read-only view of a plan someone shared: two real cores paired both
/// ways through the real API (the demo participant and an empty supporter's phone), the
/// participant sharing the signs, what supporters can do and whom to contact. A contact
/// id that holds no plan shows nothing and removes nothing.
@MainActor
final class SupporterFlowTests: XCTestCase {
    /// The supporter's phone holding the participant's plan, and the participant as the
    /// supporter knows them.
    private func supporterWithCopy() throws -> (supporter: TestCore, participantId: String) {
        let participant = try TestCore()
        let supporter = try TestCore(demo: false)
        let sam = try participant.companion.sharePair(code: try supporter.companion.sharePairCode().text, name: "Sam")
        let kari = try supporter.companion.sharePair(code: try participant.companion.sharePairCode().text, name: "Kari")
        _ = try participant.companion.shareConfirm(contactId: sam.contactId)
        _ = try supporter.companion.shareConfirm(contactId: kari.contactId)
        _ = try participant.companion.shareGrant(
            contactId: sam.contactId,
            sections: [.signs, .supporterActions, .contacts],
            until: nil
        )
        let envelope = try participant.companion.shareSend(contactId: sam.contactId)
        _ = try supporter.companion.shareReceive(envelope: envelope)
        return (supporter, kari.contactId)
    }

    func testTheSharedPlanIsReadableAndRemovingAsksFirst() throws {
        let (test, kari) = try supporterWithCopy()
        let model = SupporterPlanModel(core: test.core, contactId: kari)
        model.load()
        let plan = try XCTUnwrap(model.plan)
        XCTAssertEqual(plan.contactId, kari)
        XCTAssertEqual(plan.sections, [.signs, .supporterActions, .contacts])
        XCTAssertFalse(plan.watchFor.isEmpty, "the participant's signs")
        XCTAssertFalse(plan.whatToDo.isEmpty, "what supporters can do")
        XCTAssertFalse(plan.expiresLabel.isEmpty)
        // The demo's clinic and crisis line; a number the core found is one tap from the phone app.
        let number = try XCTUnwrap(plan.contacts.compactMap(\.phone).first)
        XCTAssertEqual(dialURL(number)?.scheme, "tel")

        // The first tap only asks; saying no keeps the copy.
        model.askRemove()
        XCTAssertTrue(model.confirmingRemove)
        model.cancelRemove()
        XCTAssertFalse(model.confirmingRemove)
        XCTAssertEqual(try test.companion.supporterPlans().count, 1)

        // Asked and confirmed: the copy is gone.
        model.askRemove()
        model.remove()
        XCTAssertFalse(model.confirmingRemove)
        XCTAssertNil(test.core.problem)
        XCTAssertTrue(model.removed)
        XCTAssertTrue(try test.companion.supporterPlans().isEmpty)
    }

    func testAContactIdWithNoPlanIsRefusedAndChangesNothing() throws {
        let (test, _) = try supporterWithCopy()
        let unknown = UUID().uuidString.lowercased()
        let model = SupporterPlanModel(core: test.core, contactId: unknown)
        model.load()
        XCTAssertNil(model.plan)

        model.askRemove()
        model.remove()
        XCTAssertNotNil(test.core.problem)
        XCTAssertEqual(test.core.revision, 0)
        XCTAssertFalse(model.removed)
        XCTAssertEqual(try test.companion.supporterPlans().count, 1, "the plan that was shared is still there")
    }
}
