import Foundation
import StegvisCore

/// Reads the goals and life areas from the core and passes back a new goal or a filter.
@MainActor
final class GoalsModel: ObservableObject {
    @Published private(set) var goals: [Goal] = []
    @Published private(set) var filter: GoalFilter = .active
    @Published private(set) var areas: [LifeAreaOption] = []
    /// A goal being written (`nil`: the list); kept while the person is on the screen,
    /// even when the core refuses it.
    @Published var draft: GoalDraft?
    private let core: AppCore

    init(core: AppCore) {
        self.core = core
    }

    func load() {
        if let listed = core.read({ try $0.listGoals(filter: filter) }) {
            goals = listed
        }
        // Read again on every load: the names follow a change of language.
        if let options = core.read({ try $0.lifeAreas() }) {
            areas = options
        }
    }

    func choose(_ filter: GoalFilter) {
        self.filter = filter
        load()
    }

    /// Saves the draft; it stays on screen when the core refuses it, so nothing is lost.
    @discardableResult
    func save() -> Goal? {
        guard let goal = draft else { return nil }
        let why = goal.why.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? nil : goal.why
        guard let saved = core.write({ try $0.addGoal(goal: NewGoal(text: goal.text, why: why, area: goal.area)) }) else {
            return nil
        }
        draft = nil
        return saved
    }
}
