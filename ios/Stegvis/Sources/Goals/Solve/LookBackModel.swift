import Foundation
import StegvisCore

/// The look-back's questions, one per screen; then what comes next.
enum LookBackPage: Equatable {
    case outcome
    case note
    case next
    case nextAction
    case nextDay
    case finished
}

/// The plan looked back at and the core's words for the questions.
struct LookBackView: Equatable {
    var plan: ProblemSolving
    var prompts: LookBackPrompts
    var solvePrompts: SolvePrompts
    var days: [FollowUpChoice]
}

/// What the person answered so far.
struct LookBackDraft: Equatable {
    var outcome: LookBackOutcome?
    var note = ""
    var nextAction = ""
    var nextDate: String?
}

/// Reads a plan and its questions from the core and passes back how it went and what is next.
@MainActor
final class LookBackModel: ObservableObject {
    @Published private(set) var view: LookBackView?
    @Published var draft = LookBackDraft()
    @Published private(set) var page: LookBackPage = .outcome
    /// The plan made for the next idea, once saved: the finished page shows it.
    private var nextPlan: ProblemSolving?
    private let core: AppCore
    private let planId: String

    init(core: AppCore, planId: String) {
        self.core = core
        self.planId = planId
    }

    func load() {
        let first = view == nil
        let loaded = core.read { companion in
            LookBackView(
                plan: try companion.problemSolving(problemSolvingId: planId),
                prompts: try companion.lookBackPrompts(),
                solvePrompts: try companion.solvePrompts(),
                days: try companion.followUpChoices()
            )
        }
        guard var loaded else { return }
        if let made = nextPlan {
            loaded.plan = made
        }
        view = loaded
        // Already looked back at (from another screen): straight to what comes next.
        if first, loaded.plan.followedUpAt != nil {
            page = .next
        }
    }

    func next() {
        switch page {
        case .outcome: page = .note
        case .next: page = .nextAction
        case .nextAction: page = .nextDay
        case .note, .nextDay, .finished: break
        }
    }

    /// Back one question; false where back leaves the look-back.
    func back() -> Bool {
        switch page {
        case .note: page = .outcome
        case .nextAction: page = .next
        case .nextDay: page = .nextAction
        case .outcome, .next, .finished: return false
        }
        return true
    }

    /// Saves the page's answers: how it went, or the next idea's plan.
    func save() {
        switch page {
        case .note: saveAnswer()
        case .nextDay: saveNextTry()
        case .outcome, .next, .nextAction, .finished: break
        }
    }

    private func saveAnswer() {
        let note = draft.note.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? nil : draft.note
        let answer = LookBackInput(outcome: draft.outcome, note: note)
        if core.write({ try $0.lookBack(problemSolvingId: planId, answer: answer) }) != nil {
            page = .next
        }
    }

    private func saveNextTry() {
        guard let option = view?.plan.nextOption else { return }
        let action = draft.nextAction
        let date = draft.nextDate ?? ""
        guard let made = core.write({
            try $0.tryNextOption(problemSolvingId: planId, option: option, firstAction: action, followUpDate: date)
        }) else { return }
        nextPlan = made
        view?.plan = made
        page = .finished
    }
}
