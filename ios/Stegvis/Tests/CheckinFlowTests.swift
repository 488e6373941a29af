import StegvisCore
import XCTest
@testable import Stegvis

/// The check-in over the demo data (no check-in yet on Monday 23 November): ratings, a
/// note and sleep reach the core and read back; saving goes back to Today; a sleep the
/// core cannot read is refused, changes nothing and keeps every answer.
@MainActor
final class CheckinFlowTests: XCTestCase {
    func testSavingACheckinKeepsItAndGoesBackToToday() throws {
        let test = try TestCore()
        let navigator = Navigator()
        navigator.open(.menu)
        navigator.open(.checkin)
        let model = CheckinModel(core: test.core)
        model.load()
        let form = try XCTUnwrap(model.form)
        XCTAssertFalse(form.alreadyDone)
        XCTAssertEqual(form.scale.count, 4)
        XCTAssertEqual(form.signs.map(\.name), try test.companion.listSigns(includeRetired: false).map(\.name))
        let first = try XCTUnwrap(form.signs.first).signId
        let second = try XCTUnwrap(form.signs.dropFirst().first).signId

        let actions = CheckinActions.over(model, navigator: navigator)
        actions.rate(first, 3)
        actions.rate(first, 2) // a second tap on the same sign replaces the first
        actions.rate(second, 0)
        actions.note("Slept well after the walk")
        actions.sleep("6,5")
        actions.save()

        XCTAssertNil(test.core.problem)
        XCTAssertEqual(test.core.revision, 1)
        XCTAssertTrue(navigator.path.isEmpty, "a saved check-in goes back to Today")

        let saved = try XCTUnwrap(try test.companion.checkin(date: form.date))
        XCTAssertEqual(saved.ratings.first { $0.signId == first }?.value, 2)
        XCTAssertEqual(saved.ratings.first { $0.signId == second }?.value, 0)
        XCTAssertEqual(saved.ratings.count, 2, "a sign not tapped is left out")
        XCTAssertEqual(saved.note, "Slept well after the walk")
        XCTAssertEqual(saved.sleepHours, 6.5)

        // Opened again, the form holds what was saved, and Today no longer asks for it.
        let again = CheckinModel(core: test.core)
        again.load()
        XCTAssertEqual(again.form?.alreadyDone, true)
        XCTAssertEqual(again.answers.ratings[first], 2)
        XCTAssertEqual(again.answers.note, "Slept well after the walk")
        let today = try test.companion.today()
        XCTAssertFalse(today.sections.flatMap(\.items).contains { $0.kind == .checkinDue })
    }

    func testASleepTheCoreCannotReadIsRefusedAndKeepsTheAnswers() throws {
        let test = try TestCore()
        let navigator = Navigator()
        navigator.open(.checkin)
        let model = CheckinModel(core: test.core)
        model.load()
        let form = try XCTUnwrap(model.form)
        let sign = try XCTUnwrap(form.signs.first).signId

        let actions = CheckinActions.over(model, navigator: navigator)
        actions.rate(sign, 1)
        actions.note("A long day")
        actions.sleep("25")
        actions.save()

        XCTAssertNotNil(test.core.problem)
        XCTAssertEqual(test.core.revision, 0)
        XCTAssertEqual(navigator.path, [.checkin], "a refusal stays on the check-in")
        XCTAssertNil(try test.companion.checkin(date: form.date))
        XCTAssertEqual(model.answers.ratings[sign], 1)
        XCTAssertEqual(model.answers.note, "A long day")
        XCTAssertEqual(model.answers.sleep, "25")
    }
}
