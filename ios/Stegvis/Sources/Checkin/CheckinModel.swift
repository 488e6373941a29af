import Foundation
import StegvisCore

/// Holds today's check-in form from the core and what the person entered. Saving hands
/// everything to the core at once; a refusal (a sleep the core cannot read) keeps every
/// answer on screen, so nothing written is lost.
@MainActor
final class CheckinModel: ObservableObject {
    @Published private(set) var form: CheckinForm?
    @Published private(set) var answers = CheckinAnswers()
    private let core: AppCore

    init(core: AppCore) {
        self.core = core
    }

    /// Reads the form, with the answers already saved today (if any) filled in.
    func load() {
        guard let loaded = core.read({ try $0.checkinForm(date: nil) }) else { return }
        form = loaded
        answers = Self.answers(from: loaded)
    }

    /// The answers a form already holds: the day's saved ratings, note and sleep.
    static func answers(from form: CheckinForm) -> CheckinAnswers {
        var ratings: [String: UInt8] = [:]
        for sign in form.signs {
            if let current = sign.current {
                ratings[sign.signId] = current
            }
        }
        return CheckinAnswers(ratings: ratings, note: form.note ?? "", sleep: form.sleepText ?? "")
    }

    func rate(_ signId: String, _ value: UInt8) {
        answers.ratings[signId] = value
    }

    func note(_ text: String) {
        answers.note = text
    }

    func sleep(_ text: String) {
        answers.sleep = text
    }

    /// Saves; true when the core kept it.
    @discardableResult
    func save() -> Bool {
        guard let form else { return false }
        let entered = answers
        let ratings = form.signs.compactMap { sign in
            entered.ratings[sign.signId].map { Rating(signId: sign.signId, value: $0) }
        }
        let note = entered.note.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? nil : entered.note
        return core.write { companion in
            try companion.saveCheckin(
                checkin: CheckinInput(
                    date: form.date,
                    ratings: ratings,
                    note: note,
                    sleepHours: try companion.parseSleepHours(text: entered.sleep)
                )
            )
        } != nil
    }
}
