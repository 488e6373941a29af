import StegvisCore
import XCTest
@testable import Stegvis

/// The welcome on an empty phone: each part reaches the core as the person moves on,
/// the welcome stays until the person is done, and then the core no longer calls it
/// the first run.
@MainActor
final class FirstRunFlowTests: XCTestCase {
    func testTheWelcomeSetsUpAGoalSignsAndACheckinTime() throws {
        let test = try TestCore(demo: false)
        XCTAssertTrue(try test.companion.isFirstRun())
        let model = FirstRunModel(core: test.core)
        model.load()
        XCTAssertFalse(model.view.areas.isEmpty)
        XCTAssertFalse(model.view.catalog.isEmpty)

        model.saveAndGoOn()
        XCTAssertEqual(model.page, .goal)
        model.view.goal.text = "Walk outside most days"
        model.view.goal.area = .health
        model.saveAndGoOn()
        XCTAssertEqual(model.page, .signs)
        // Kept already (every screen reloads), but the welcome goes on until the person is done.
        XCTAssertFalse(try test.companion.isFirstRun())
        XCTAssertEqual(test.core.revision, 1)
        XCTAssertFalse(model.finished)

        let ticked = model.view.catalog.prefix(2).map(\.key)
        model.view.signs = Set(ticked)
        model.saveAndGoOn()
        XCTAssertEqual(model.page, .checkin)
        model.view.checkinTime = "19:30"
        model.saveAndGoOn()

        XCTAssertTrue(model.finished)
        XCTAssertNil(test.core.problem)
        XCTAssertGreaterThan(test.core.revision, 0)
        XCTAssertFalse(try test.companion.isFirstRun())
        let goals = try test.companion.listGoals(filter: .all)
        XCTAssertEqual(goals.map(\.text), ["Walk outside most days"])
        XCTAssertEqual(goals.first?.area, .health)
        XCTAssertEqual(try test.companion.listSigns(includeRetired: false).compactMap(\.catalogKey), ticked)
        XCTAssertEqual(try test.companion.reminderSettings().checkinTime, "19:30")
    }

    func testGoingBackChangesWhatWasSavedInsteadOfAddingACopy() throws {
        let test = try TestCore(demo: false)
        let model = FirstRunModel(core: test.core)
        model.load()
        model.saveAndGoOn()
        model.view.goal.text = "Walk"
        model.saveAndGoOn()
        let first = try XCTUnwrap(model.view.catalog.first?.key)
        model.view.signs = [first]
        model.saveAndGoOn()

        XCTAssertTrue(model.back())
        model.view.signs = []
        XCTAssertTrue(model.back())
        model.view.goal.text = "Walk outside"
        model.saveAndGoOn()
        model.saveAndGoOn()

        XCTAssertEqual(try test.companion.listGoals(filter: .all).map(\.text), ["Walk outside"])
        XCTAssertTrue(try test.companion.listSigns(includeRetired: false).isEmpty)
    }

    func testSkippingEverythingKeepsNothing() throws {
        let test = try TestCore(demo: false)
        let model = FirstRunModel(core: test.core)
        model.load()
        model.skip()
        XCTAssertTrue(model.finished)
        XCTAssertTrue(try test.companion.isFirstRun())
        XCTAssertTrue(try test.companion.listGoals(filter: .all).isEmpty)
    }

    func testATimeThatIsNoTimeIsRefusedAndTheWelcomeStays() throws {
        let test = try TestCore(demo: false)
        let model = FirstRunModel(core: test.core)
        model.load()
        let before = try test.companion.reminderSettings()
        model.saveAndGoOn()
        model.skip()
        model.skip()
        XCTAssertEqual(model.page, .checkin)
        model.view.checkinTime = "half past seven"
        model.saveAndGoOn()

        XCTAssertEqual(model.page, .checkin)
        XCTAssertFalse(model.finished)
        XCTAssertNotNil(test.core.problem)
        XCTAssertEqual(try test.companion.reminderSettings(), before)
        XCTAssertTrue(try test.companion.isFirstRun())
    }
}
