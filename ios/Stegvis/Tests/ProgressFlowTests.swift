import StegvisCore
import XCTest
@testable import Stegvis

/// Progress over the demo data with one IMR Scale rating: every section loads, the
/// chooser turns sections off but never the last one, and a chart's words hold its
/// numbers. A period that ends before it starts is refused.
@MainActor
final class ProgressFlowTests: XCTestCase {
    func testTheSummaryLoadsWithEverySection() throws {
        let test = try TestCore()
        // A full rating, so the scale has a total to draw.
        let topics = try test.companion.scaleTopics().topics
        _ = try test.companion.scaleRate(date: nil, answers: topics.map { ScaleAnswer(topic: $0.key, value: 3) })

        let model = ProgressModel(core: test.core)
        model.load()
        let summary = try XCTUnwrap(model.summary)
        XCTAssertEqual(summary.sections, ProgressSections.all)
        XCTAssertEqual(summary.to, "2026-11-23")
        let goals = try XCTUnwrap(summary.goals)
        XCTAssertEqual(goals.months.count, 6)
        let signs = try XCTUnwrap(summary.signs)
        XCTAssertFalse(signs.signs.isEmpty)
        XCTAssertGreaterThan(signs.daysCheckedIn, 0)
        XCTAssertNotNil(summary.medicines)
        XCTAssertEqual(summary.modules?.modules.count, 11)
        let scale = try XCTUnwrap(summary.scale)
        XCTAssertEqual(scale.points.count, 1)
        XCTAssertTrue(scale.points[0].complete)
        XCTAssertEqual(scale.points[0].total, 45)

        // The steps chart's words: its title, then each month's label and number.
        let words = ProgressChartWords.series("Steps done per month", goals.months.map { ($0.label, "\($0.stepsDone + $0.repeatsDone)") })
        XCTAssertTrue(words.hasPrefix("Steps done per month: June 2026 "))
        XCTAssertTrue(words.contains("November 2026"))

        // Sections off one by one; the last one stays.
        model.toggle(.goals)
        XCTAssertNil(model.summary?.goals)
        XCTAssertNotNil(model.summary?.signs)
        model.toggle(.signs)
        model.toggle(.medicines)
        model.toggle(.modules)
        model.toggle(.scale)
        XCTAssertEqual(model.sections, [.scale])
        XCTAssertNotNil(model.summary?.scale)
        XCTAssertNil(model.summary?.modules)
        model.toggle(.goals)
        XCTAssertEqual(model.summary?.sections, [.goals, .scale])
        XCTAssertNil(test.core.problem)
    }

    func testAPeriodThatEndsBeforeItStartsIsRefused() throws {
        let test = try TestCore()
        let refused = test.core.read { try $0.progressSummary(from: "2026-11-20", to: "2026-11-01", sections: ProgressSections.all) }
        XCTAssertNil(refused)
        XCTAssertNotNil(test.core.problem)
        XCTAssertEqual(test.core.revision, 0)
    }
}
