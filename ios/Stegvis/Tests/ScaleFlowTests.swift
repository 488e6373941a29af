import StegvisCore
import XCTest
@testable import Stegvis

/// The IMR Scale, one topic at a time through the model: answers, one skip, a step back
/// to change an answer, Save; the rating read back from the core. A day still to come
/// is refused and changes nothing.
@MainActor
final class ScaleFlowTests: XCTestCase {
    func testRatingTopicByTopicWithOneSkip() throws {
        let test = try TestCore()
        let model = ScaleModel(core: test.core)
        model.load()
        let form = try XCTUnwrap(model.form)
        XCTAssertEqual(form.topics.count, 15)
        XCTAssertEqual(model.topic?.progressLabel, "Topic 1 of 15")
        XCTAssertEqual(model.topic?.anchors.map(\.value), [1, 2, 3, 4, 5])

        // Back on the first topic leaves the flow (the route goes back).
        XCTAssertFalse(model.back())

        for index in 0..<15 {
            XCTAssertEqual(model.index, index)
            if index == 2 {
                model.skip()
            } else {
                model.answer(UInt32(index % 5 + 1))
            }
        }
        // The last screen: Save. One step back shows the last topic with its answer.
        XCTAssertNil(model.topic)
        XCTAssertTrue(model.back())
        XCTAssertEqual(model.topic?.progressLabel, "Topic 15 of 15")
        XCTAssertEqual(model.chosen, 5)
        model.answer(4)

        let saved = try XCTUnwrap(model.save())
        XCTAssertEqual(saved.date, "2026-11-23")
        XCTAssertFalse(saved.replaced)
        XCTAssertNil(test.core.problem)

        let rating = try XCTUnwrap(try test.companion.scaleHistory().ratings.last)
        XCTAssertEqual(rating.date, "2026-11-23")
        XCTAssertEqual(rating.answered, 14)
        XCTAssertFalse(rating.complete)
        XCTAssertEqual(rating.items[0], 1)
        XCTAssertEqual(rating.items[1], 2)
        XCTAssertNil(rating.items[2])
        XCTAssertEqual(rating.items[14], 4)

        // Rated again the same day: today's answers are filled in.
        let again = ScaleModel(core: test.core)
        again.load()
        XCTAssertEqual(again.chosen, 1)
        XCTAssertEqual(again.answers.count, 14)
    }

    func testHowOftenTheScaleIsOffered() throws {
        let test = try TestCore()
        let model = ScaleHistoryModel(core: test.core)
        model.load()
        let history = try XCTUnwrap(model.history)
        XCTAssertTrue(history.ratings.isEmpty)
        XCTAssertNotNil(history.emptyText)
        XCTAssertEqual(history.settings.interval, ScaleInterval.everyThreeMonths)
        model.choose(.everyMonth)
        XCTAssertEqual(try test.companion.scaleSettings().interval, ScaleInterval.everyMonth)
    }

    func testADayStillToComeIsRefusedAndChangesNothing() throws {
        let test = try TestCore()
        let answers = [ScaleAnswer(topic: "knowledge", value: 4)]
        XCTAssertNil(test.core.write { try $0.scaleRate(date: "2026-11-24", answers: answers) })
        XCTAssertNotNil(test.core.problem)
        XCTAssertEqual(test.core.revision, 0)
        XCTAssertTrue(try test.companion.scaleHistory().ratings.isEmpty)
    }
}
