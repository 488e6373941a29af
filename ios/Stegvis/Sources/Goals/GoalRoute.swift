import StegvisCore
import SwiftUI

/// One goal with its steps, over the core.
struct GoalRoute: View {
    let goalId: String
    @EnvironmentObject private var core: AppCore
    @EnvironmentObject private var navigator: Navigator

    var body: some View {
        GoalContent(model: GoalModel(core: core, goalId: goalId), navigator: navigator)
    }
}

private struct GoalContent: View {
    @StateObject var model: GoalModel
    let navigator: Navigator
    @EnvironmentObject private var core: AppCore
    @Environment(\.strings) private var strings

    var body: some View {
        Group {
            if let view = model.view {
                GoalScreen(
                    view: view,
                    areas: model.areas,
                    drafts: model.drafts,
                    actions: GoalActions(
                        toggle: { step, done in model.toggle(step, done: done) },
                        move: { step, offset in model.move(step, by: offset) },
                        solve: { navigator.open(.solve(stepId: $0)) },
                        lookBack: { navigator.open(.lookBack(problemSolvingId: $0)) },
                        drafts: { model.drafts = $0 },
                        editGoal: model.editGoal,
                        editStep: model.editStep,
                        save: model.save,
                        status: model.setStatus
                    )
                )
            } else {
                // Not read (yet, or the core refused and the banner says why).
                Screen(title: strings["shell-nav-goals"]) {}
            }
        }
        .onAppear(perform: model.load)
        .onChange(of: core.revision) { _ in model.load() }
    }
}
