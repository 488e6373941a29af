import StegvisCore
import SwiftUI

/// The goals list over the core.
struct GoalsRoute: View {
    @EnvironmentObject private var core: AppCore
    @EnvironmentObject private var navigator: Navigator

    var body: some View {
        GoalsContent(model: GoalsModel(core: core), navigator: navigator)
    }
}

private struct GoalsContent: View {
    @StateObject var model: GoalsModel
    let navigator: Navigator
    @EnvironmentObject private var core: AppCore

    var body: some View {
        GoalsScreen(
            goals: model.goals,
            filter: model.filter,
            areas: model.areas,
            draft: model.draft,
            actions: GoalsActions(
                open: { navigator.open(.goal(goalId: $0)) },
                filter: model.choose,
                draft: { model.draft = $0 },
                save: {
                    if let goal = model.save() {
                        navigator.open(.goal(goalId: goal.id))
                    }
                }
            )
        )
        .onAppear(perform: model.load)
        .onChange(of: core.revision) { _ in model.load() }
    }
}
