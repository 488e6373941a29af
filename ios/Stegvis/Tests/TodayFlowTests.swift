import StegvisCore
import XCTest
@testable import Stegvis

/// Today over the demo data: a step checked off and a dose taken reach the core, and
/// Today reloads from it.
@MainActor
final class TodayFlowTests: XCTestCase {
    func testCheckingOffAStepAndTakingADose() throws {
        let test = try TestCore()
        let model = TodayModel(core: test.core)
        model.load()
        let items = try XCTUnwrap(model.view).sections.flatMap(\.items)

        let step = try XCTUnwrap(items.first { $0.kind == .stepDue || $0.kind == .nextStep }?.stepId)
        model.completeStep(step)
        XCTAssertNil(test.core.problem)
        XCTAssertEqual(test.core.revision, 1)

        let dose = try XCTUnwrap(items.first { $0.kind == .doseDue || $0.kind == .doseMissed }?.occurrenceId)
        model.logDose(dose, DoseAction.take(at: nil))
        model.load()
        let after = try XCTUnwrap(model.view).sections.flatMap(\.items)
        XCTAssertTrue(after.contains { $0.occurrenceId == dose && $0.kind == .doseTaken })

        // A mistake can be undone, and what is undone is no longer taken.
        model.undoDose(dose)
        model.load()
        let undone = try XCTUnwrap(model.view).sections.flatMap(\.items)
        XCTAssertFalse(undone.contains { $0.occurrenceId == dose && $0.kind == .doseTaken })
    }

    func testARefusalIsTheCoresSentenceAndChangesNothing() throws {
        let test = try TestCore()
        let model = TodayModel(core: test.core)
        model.completeStep("no-such-step")
        XCTAssertNotNil(test.core.problem)
        XCTAssertEqual(test.core.revision, 0)
    }
}
