import Foundation
import StegvisCore

/// The one-topic-per-screen flow of the IMR Scale: which topic is shown (`index`;
/// `topics.count` is the last screen, with Save) and the answers so far by topic key.
/// Nothing is written until Save; today's earlier answers are filled in, so rating
/// again the same day changes them.
@MainActor
final class ScaleModel: ObservableObject {
    @Published private(set) var form: ScaleForm?
    @Published private(set) var index = 0
    @Published private(set) var answers: [String: UInt32] = [:]
    private let core: AppCore

    init(core: AppCore) {
        self.core = core
    }

    /// The form once; a write elsewhere does not start the flow over.
    func load() {
        guard form == nil, let loaded = core.read({ try $0.scaleTopics() }) else { return }
        for answer in loaded.todayAnswers {
            answers[answer.topic] = answer.value
        }
        form = loaded
    }

    /// The topic on screen, or nil on the last screen (Save).
    var topic: ScaleTopicView? {
        guard let topics = form?.topics, index < topics.count else { return nil }
        return topics[index]
    }

    /// The answer given to the topic on screen, if any.
    var chosen: UInt32? {
        topic.flatMap { answers[$0.key] }
    }

    func answer(_ value: UInt32) {
        guard let topic = topic else { return }
        answers[topic.key] = value
        index += 1
    }

    func skip() {
        guard let topic = topic else { return }
        answers[topic.key] = nil
        index += 1
    }

    /// One topic back; `false` on the first, where Back leaves the flow.
    func back() -> Bool {
        guard index > 0 else { return false }
        index -= 1
        return true
    }

    /// Saves the answers in the scale's order; the core's note when it took them.
    @discardableResult
    func save() -> ScaleSaved? {
        guard let topics = form?.topics else { return nil }
        let given = topics.compactMap { topic in
            answers[topic.key].map { ScaleAnswer(topic: topic.key, value: $0) }
        }
        return core.write { try $0.scaleRate(date: nil, answers: given) }
    }
}

/// The scale's history with how often it is offered.
@MainActor
final class ScaleHistoryModel: ObservableObject {
    @Published private(set) var history: ScaleHistory?
    private let core: AppCore

    init(core: AppCore) {
        self.core = core
    }

    func load() {
        history = core.read { try $0.scaleHistory() }
    }

    func choose(_ interval: ScaleInterval) {
        core.write { try $0.setScaleInterval(interval: interval) }
    }
}
