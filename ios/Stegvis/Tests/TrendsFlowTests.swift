import StegvisCore
import XCTest
@testable import Stegvis

/// Trends over the demo's three weeks of check-ins: one series per sign with the core's
/// words for the axis and for VoiceOver, another period on request, and a check-in saved
/// today shows on the next load.
@MainActor
final class TrendsFlowTests: XCTestCase {
    func testTrendsLoadForTheDemoSignsAndFollowACheckin() throws {
        let test = try TestCore()
        let model = TrendsModel(core: test.core)
        model.load()
        let trend = try XCTUnwrap(model.trend)
        XCTAssertEqual(trend.weeks, 4)
        let signs = try test.companion.listSigns(includeRetired: false)
        XCTAssertEqual(Set(trend.perSign.map(\.signId)), Set(signs.map(\.id)))
        XCTAssertEqual(trend.scale.count, 4, "the axis has a word for each rating")
        XCTAssertEqual(trend.perDay.count, Int(trend.days))
        for sign in trend.perSign {
            XCTAssertEqual(sign.series.daily.count, Int(trend.days))
            XCTAssertTrue(sign.description.contains(sign.name), "VoiceOver hears which sign")
            // The demo has check-ins, so every chart has points to draw.
            XCTAssertFalse(TrendPoint.points(sign.series.daily).isEmpty)
        }
        XCTAssertFalse(trend.summary.isEmpty)
        XCTAssertFalse(trend.periodLabel.isEmpty)

        // The chart joins only neighbouring days: a day without a check-in starts a new run.
        let points = TrendPoint.points([1, 2, nil, 3])
        XCTAssertEqual(points.map(\.id), [0, 1, 3])
        XCTAssertEqual(points[0].run, points[1].run)
        XCTAssertNotEqual(points[1].run, points[2].run)

        model.choose(12)
        XCTAssertEqual(model.trend?.weeks, 12)
        XCTAssertGreaterThan(model.trend?.perDay.count ?? 0, trend.perDay.count)

        // Today has no check-in yet; once saved, the last day of the sign has its rating.
        let first = try XCTUnwrap(model.trend?.perSign.first)
        XCTAssertNil(try XCTUnwrap(first.series.daily.last))
        let rating = Rating(signId: first.signId, value: 3)
        test.core.write {
            try $0.saveCheckin(checkin: CheckinInput(date: nil, ratings: [rating], note: nil, sleepHours: nil))
        }
        XCTAssertNil(test.core.problem)
        model.load()
        let redrawn = try XCTUnwrap(model.trend?.perSign.first { $0.signId == first.signId })
        XCTAssertEqual(try XCTUnwrap(redrawn.series.daily.last), 3.0)
    }

    func testAPeriodTheCoreDoesNotTakeIsRefusedAndKeepsTheChart() throws {
        let test = try TestCore()
        let model = TrendsModel(core: test.core)
        model.load()
        let before = try XCTUnwrap(model.trend)
        model.choose(0)
        XCTAssertNotNil(test.core.problem)
        XCTAssertEqual(test.core.revision, 0)
        XCTAssertEqual(model.weeks, 4, "the choice stays where it was")
        XCTAssertEqual(model.trend, before, "the charts stay readable")
    }
}
