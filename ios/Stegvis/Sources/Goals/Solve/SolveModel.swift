import Foundation
import StegvisCore

/// One idea and what the person wrote about it so far.
struct IdeaDraft: Equatable {
    var text: String
    var good = ""
    var hard = ""
}

/// Everything written in the problem-solving flow so far; nothing is sent until the last question.
struct SolveDraft: Equatable {
    var problem = ""
    var ideas: [IdeaDraft] = []
    var newIdea = ""
    /// 0-based index into `ideas`.
    var chosen: Int?
    var firstAction = ""
    var followUpDate: String?
}

/// The questions, one per screen, in order; the weighing ones once per idea.
enum SolvePage: Equatable {
    case problem
    case ideas
    case good(idea: Int)
    case hard(idea: Int)
    case choose
    case firstAction
    case day

    /// The pages for `draft`: the weighing questions follow the ideas written.
    static func pages(for draft: SolveDraft) -> [SolvePage] {
        var pages: [SolvePage] = [.problem, .ideas]
        for index in draft.ideas.indices {
            pages.append(.good(idea: index))
            pages.append(.hard(idea: index))
        }
        pages.append(contentsOf: [.choose, .firstAction, .day])
        return pages
    }
}

/// The core's questions for the flow: its prompts, the weighing questions per idea, the days offered.
struct SolveQuestions: Equatable {
    var prompts: SolvePrompts
    /// Per idea text: (what is good, what is hard), in the core's words.
    var weigh: [String: [String]]
    var days: [FollowUpChoice]
}

/// The flow's answers and where the person is. Kept per step while the app runs (see
/// `SolveDrafts`), so leaving the flow and coming back finds every answer still there.
@MainActor
final class SolveModel: ObservableObject {
    @Published var draft = SolveDraft()
    @Published private(set) var pageIndex = 0
    @Published private(set) var questions: SolveQuestions?
    @Published private(set) var saved: ProblemSolving?
    private let core: AppCore
    let stepId: String

    init(core: AppCore, stepId: String) {
        self.core = core
        self.stepId = stepId
    }

    var page: SolvePage {
        let pages = SolvePage.pages(for: draft)
        return pages[min(pageIndex, pages.count - 1)]
    }

    func load() {
        guard let prompts = questions?.prompts ?? core.read({ try $0.solvePrompts() }) else { return }
        guard let days = core.read({ try $0.followUpChoices() }) else { return }
        questions = SolveQuestions(prompts: prompts, weigh: weighFor(questions?.weigh ?? [:]), days: days)
    }

    /// The weighing questions for every idea written, asked of the core once per idea.
    private func weighFor(_ known: [String: [String]]) -> [String: [String]] {
        var weigh: [String: [String]] = [:]
        for idea in draft.ideas {
            weigh[idea.text] = known[idea.text] ?? core.read { try $0.solveWeighPrompts(option: idea.text) } ?? []
        }
        return weigh
    }

    func addIdea() {
        let words = draft.newIdea.trimmingCharacters(in: .whitespacesAndNewlines)
        if words.isEmpty { return }
        draft.ideas.append(IdeaDraft(text: words))
        draft.newIdea = ""
        if let known = questions {
            questions?.weigh = weighFor(known.weigh)
        }
    }

    func removeIdea(_ index: Int) {
        guard draft.ideas.indices.contains(index) else { return }
        draft.ideas.remove(at: index)
        draft.chosen = nil
    }

    /// On to the next question; an idea still in the field is kept, not dropped.
    func next() {
        if page == .ideas {
            addIdea()
            if draft.ideas.isEmpty { return }
        }
        if page == .choose, draft.chosen == nil, draft.ideas.count == 1 {
            draft.chosen = 0
        }
        pageIndex = min(pageIndex + 1, SolvePage.pages(for: draft).count - 1)
    }

    /// Back one question; false on the first, where back leaves the flow.
    func back() -> Bool {
        if pageIndex == 0 { return false }
        pageIndex -= 1
        return true
    }

    /// Sends the whole plan to the core; on a refusal every answer stays.
    @discardableResult
    func save() -> ProblemSolving? {
        let input = ProblemSolvingInput(
            problem: draft.problem,
            options: draft.ideas.map { idea in
                SolveOption(text: idea.text, pros: blankIsNone(idea.good), cons: blankIsNone(idea.hard))
            },
            chosen: UInt32((draft.chosen ?? -1) + 1),
            firstAction: draft.firstAction,
            followUpDate: draft.followUpDate ?? ""
        )
        guard let plan = core.write({ try $0.saveProblemSolving(stepId: stepId, plan: input) }) else { return nil }
        saved = plan
        SolveDrafts.forget(core: core, stepId: stepId)
        return plan
    }

    private func blankIsNone(_ words: String) -> String? {
        words.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? nil : words
    }
}

/// The flows under way, per open core and step, so answers outlive leaving the screen.
@MainActor
enum SolveDrafts {
    private static var kept: [ObjectIdentifier: [String: SolveModel]] = [:]

    static func of(core: AppCore, stepId: String) -> SolveModel {
        let key = ObjectIdentifier(core)
        if let model = kept[key]?[stepId] {
            return model
        }
        let model = SolveModel(core: core, stepId: stepId)
        kept[key, default: [:]][stepId] = model
        return model
    }

    static func forget(core: AppCore, stepId: String) {
        kept[ObjectIdentifier(core)]?[stepId] = nil
    }

    /// Everything was erased: no answer of an unfinished plan stays in memory.
    static func forgetAll() {
        kept.removeAll()
    }
}
