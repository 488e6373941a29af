import StegvisCore
import XCTest
@testable import Stegvis

/// The plan over the demo data (version 1): editing a section keeps every change as a
/// new version, the history lists it and opens the earlier one unchanged; a contact's
/// number is one tap from the phone app; an edit the core refuses changes nothing.
@MainActor
final class PlanFlowTests: XCTestCase {
    func testEditingASectionMakesANewVersionInTheHistory() throws {
        let test = try TestCore()
        let plan = PlanModel(core: test.core)
        plan.load()
        let view = try XCTUnwrap(plan.view)
        XCTAssertNil(plan.readOnly)
        XCTAssertEqual(view.version, 1)
        let triggers = try XCTUnwrap(view.sections.first { $0.section == .triggers })

        let edit = PlanEditModel(core: test.core, sectionKey: triggers.key)
        edit.load()
        XCTAssertEqual(edit.section?.items.count, triggers.items.count)
        edit.add(PlanItem(text: "Arguments at home", supporter: nil, reach: nil, contactKind: nil, signId: nil))
        XCTAssertNil(test.core.problem)
        edit.load()
        let added = try XCTUnwrap(edit.section)
        XCTAssertEqual(added.items.last?.text, "Arguments at home")

        // The new entry moves to the top, then the first old one is changed in place.
        let last = try XCTUnwrap(added.items.last).number
        edit.move(last, 1)
        edit.load()
        XCTAssertEqual(edit.section?.items.first?.text, "Arguments at home")
        let saved = edit.replace(2, PlanItem(text: "Too little sleep", supporter: nil, reach: nil, contactKind: nil, signId: nil))
        XCTAssertTrue(saved)
        let current = try test.companion.planView()
        let texts = try XCTUnwrap(current.sections.first { $0.section == .triggers }).items.map(\.text)
        XCTAssertEqual(Array(texts.prefix(2)), ["Arguments at home", "Too little sleep"])

        // Three edits, three new versions; the history lists them newest first.
        let history = PlanHistoryModel(core: test.core)
        history.load()
        XCTAssertEqual(history.history.map(\.version), [4, 3, 2, 1])
        XCTAssertEqual(try test.companion.planView().version, 4)

        // The first version opens unchanged; closing goes back to the list.
        history.open(1)
        let first = try XCTUnwrap(history.opened)
        XCTAssertEqual(first.version, 1)
        let oldTriggers = try XCTUnwrap(first.sections.first { $0.section == .triggers })
        XCTAssertEqual(oldTriggers.items.map(\.text), triggers.items.map(\.text))
        history.open(nil)
        XCTAssertNil(history.opened)
    }

    func testAContactSectionAddsAContactWithANumberToCall() throws {
        let test = try TestCore()
        let edit = PlanEditModel(core: test.core, sectionKey: "contacts")
        edit.load()
        let before = try XCTUnwrap(edit.section).items.count
        edit.add(PlanItem(text: "Sam", supporter: nil, reach: "Phone 000 00 001", contactKind: .supporter, signId: nil))
        XCTAssertNil(test.core.problem)

        let plan = PlanModel(core: test.core)
        plan.load()
        let contacts = try XCTUnwrap(plan.view?.sections.first { $0.section == .contacts })
        XCTAssertEqual(contacts.items.count, before + 1)
        let sam = try XCTUnwrap(contacts.items.last)
        XCTAssertEqual(sam.item.contactKind, .supporter)
        // The core found the number in the words; the call opens the phone app with it.
        let number = try XCTUnwrap(sam.phone)
        XCTAssertEqual(dialURL(number)?.scheme, "tel")
    }

    func testAnEditTheCoreRefusesChangesNothing() throws {
        let test = try TestCore()
        let edit = PlanEditModel(core: test.core, sectionKey: "triggers")
        edit.load()
        let before = try test.companion.planView()

        edit.add(PlanItem(text: "   ", supporter: nil, reach: nil, contactKind: nil, signId: nil))
        XCTAssertNotNil(test.core.problem)
        XCTAssertFalse(edit.replace(99, PlanItem(text: "Nothing", supporter: nil, reach: nil, contactKind: nil, signId: nil)))

        XCTAssertEqual(test.core.revision, 0)
        XCTAssertEqual(try test.companion.planView(), before)
        XCTAssertEqual(try test.companion.planHistory().count, 1)
    }
}
