#if DEBUG
    import StegvisCore

    /// The demo data's goals and plans, for the goal and problem-solving previews.
    @MainActor
    enum GoalsPreviewData {
        /// Every goal in the demo data with its steps.
        static func details(_ core: AppCore) -> [GoalDetail] {
            let goals = core.read { try $0.listGoals(filter: .all) } ?? []
            return goals.compactMap { goal in core.read { try $0.goal(goalId: goal.id) } }
        }

        /// A problem-solving plan from the demo data, preferring one still to look back at.
        static func plan(_ core: AppCore) -> ProblemSolving? {
            let plans = details(core).flatMap { $0.steps.flatMap(\.plans) }
            return plans.first { $0.followedUpAt == nil } ?? plans.first
        }
    }
#endif
