import StegvisCore
import XCTest
@testable import Stegvis

/// The history calendar over the demo data: this month with its days, the month before,
/// and one day opened; a month or a day still to come is refused and changes nothing.
@MainActor
final class HistoryFlowTests: XCTestCase {
    func testAMonthOfTheDemoDataAndTheMonthBefore() throws {
        let test = try TestCore()
        let model = HistoryModel(core: test.core)
        model.load()
        let month = try XCTUnwrap(model.month)
        XCTAssertEqual(month.month, "2026-11")
        XCTAssertEqual(month.title, "November 2026")
        // Monday first, in the core's words; every week a full row of seven.
        XCTAssertEqual(month.weekdayNames.count, 7)
        XCTAssertEqual(month.weekdayNames.first, "Mon")
        XCTAssertTrue(month.weeks.allSatisfy { $0.days.count == 7 })
        XCTAssertTrue(month.weeks.contains { $0.isoWeek == 47 })
        // This month has no month after it yet.
        XCTAssertNil(month.nextMonth)

        let days = month.weeks.flatMap(\.days)
        let today = try XCTUnwrap(days.first { $0.isToday })
        XCTAssertEqual(today.date, "2026-11-23")
        let tuesday = try XCTUnwrap(days.first { $0.date == "2026-11-17" })
        XCTAssertEqual(tuesday.place, HistoryDayPlace.inMonth)
        XCTAssertTrue(tuesday.marks.contains { $0.kind == .stepDone })
        // What VoiceOver reads for the day is the core's sentence.
        XCTAssertTrue(tuesday.description.hasPrefix("Tuesday 17 November"))
        XCTAssertEqual(HistoryMarks.token(try XCTUnwrap(tuesday.marks.first { $0.kind == .stepDone })), "✓1")

        model.show(month.previousMonth)
        let before = try XCTUnwrap(model.month)
        XCTAssertEqual(before.month, "2026-10")
        XCTAssertEqual(before.nextMonth, "2026-11")
        XCTAssertNil(test.core.problem)
    }

    func testADayOfTheDemoData() throws {
        let test = try TestCore()
        let model = HistoryDayModel(core: test.core, date: "2026-11-17")
        model.load()
        let day = try XCTUnwrap(model.day)
        XCTAssertEqual(day.title, "Tuesday 17 November")
        XCTAssertEqual(day.month, "2026-11")
        let kinds = day.items.map(\.kind)
        XCTAssertTrue(kinds.contains(.stepDone))
        XCTAssertTrue(kinds.contains(.checkin))
        XCTAssertTrue(day.items.allSatisfy { !$0.text.isEmpty })
        XCTAssertNil(day.emptyText)
    }

    func testAMonthOrADayStillToComeIsRefusedAndChangesNothing() throws {
        let test = try TestCore()
        let model = HistoryModel(core: test.core)
        model.load()
        model.show("2026-12")
        XCTAssertNotNil(test.core.problem)
        XCTAssertEqual(model.month?.month, "2026-11")

        let day = HistoryDayModel(core: test.core, date: "2026-11-24")
        day.load()
        XCTAssertNil(day.day)
        XCTAssertNotNil(test.core.problem)
        XCTAssertEqual(test.core.revision, 0)
    }
}
