import StegvisCore
import XCTest
@testable import Stegvis

/// The IMR modules over the demo data: a module started on a day picked on the calendar,
/// worked through today, read back from the core; a day still to come is refused and
/// changes nothing.
@MainActor
final class ModulesFlowTests: XCTestCase {
    private func module(_ test: TestCore, _ key: String) throws -> ModuleView {
        try XCTUnwrap(try test.companion.modules().modules.first { $0.key == key })
    }

    func testAModuleIsStartedOnAPickedDayThenWorkedThroughToday() throws {
        let test = try TestCore()
        let model = ModulesModel(core: test.core)
        model.load()
        XCTAssertEqual(try XCTUnwrap(model.view).modules.count, 11)
        XCTAssertEqual(try module(test, "social-support").status, ModuleStatus.notStarted)

        // Started three days ago, picked on the calendar: the core gets the day as text.
        model.begin("social-support", done: false)
        XCTAssertEqual(model.editing, ModuleEdit(key: "social-support", done: false))
        let picked = ModuleDay.text(PreviewCore.now.addingTimeInterval(-3 * 24 * 3600))
        model.save(date: picked)
        XCTAssertNil(test.core.problem)
        XCTAssertNil(model.editing)
        let started = try module(test, "social-support")
        XCTAssertEqual(started.status, ModuleStatus.started)
        XCTAssertEqual(started.startedOn, picked)
        // The screen shows what the core now holds.
        XCTAssertEqual(model.view?.modules.first { $0.key == "social-support" }?.stateLabel, started.stateLabel)

        // Worked through today: one tap.
        model.begin("social-support", done: true)
        model.save(date: nil)
        let done = try module(test, "social-support")
        XCTAssertEqual(done.status, ModuleStatus.workedThrough)
        XCTAssertEqual(done.doneOn, "2026-11-23")
        XCTAssertEqual(done.startedOn, picked)

        // "Not worked through after all" takes back only the last mark.
        model.undoDone("social-support")
        XCTAssertEqual(try module(test, "social-support").status, ModuleStatus.started)
        model.reset("social-support")
        XCTAssertEqual(try module(test, "social-support").status, ModuleStatus.notStarted)
    }

    func testTheHomeAssignmentsShowUnderTheirModule() throws {
        let test = try TestCore()
        let model = ModulesModel(core: test.core)
        model.load()
        let first = try XCTUnwrap(model.view?.modules.first)
        XCTAssertEqual(first.key, "recovery-strategies")
        XCTAssertFalse(first.assignments.isEmpty)
    }

    func testADayStillToComeIsRefusedAndChangesNothing() throws {
        let test = try TestCore()
        let model = ModulesModel(core: test.core)
        model.load()
        model.begin("practical-facts", done: false)
        model.save(date: "2026-11-24")
        XCTAssertNotNil(test.core.problem)
        XCTAssertEqual(test.core.revision, 0)
        XCTAssertEqual(try module(test, "practical-facts").status, ModuleStatus.notStarted)
        // The day stays open to pick another; Cancel writes nothing.
        XCTAssertEqual(model.editing, ModuleEdit(key: "practical-facts", done: false))
        model.cancel()
        XCTAssertNil(model.editing)
        XCTAssertEqual(test.core.revision, 0)
    }
}
