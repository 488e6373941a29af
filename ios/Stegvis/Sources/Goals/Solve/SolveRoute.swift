import StegvisCore
import SwiftUI

/// IMR problem solving for one stuck step, over the core. The answers live in
/// `SolveDrafts` while the app runs, so leaving the flow loses nothing.
struct SolveRoute: View {
    let stepId: String
    @EnvironmentObject private var core: AppCore
    @EnvironmentObject private var navigator: Navigator

    var body: some View {
        SolveContent(model: SolveDrafts.of(core: core, stepId: stepId), navigator: navigator)
    }
}

private struct SolveContent: View {
    @ObservedObject var model: SolveModel
    let navigator: Navigator
    @EnvironmentObject private var core: AppCore
    @Environment(\.strings) private var strings

    var body: some View {
        Group {
            if let plan = model.saved {
                SolveSavedScreen(plan: plan, onDone: navigator.back)
                    .navigationBarBackButtonHidden(true)
            } else if let questions = model.questions {
                SolveScreen(
                    questions: questions,
                    draft: model.draft,
                    page: model.page,
                    actions: SolveActions(
                        draft: { model.draft = $0 },
                        addIdea: model.addIdea,
                        removeIdea: model.removeIdea,
                        next: model.next,
                        save: { model.save() },
                        back: {
                            if !model.back() {
                                navigator.back()
                            }
                        }
                    )
                )
            } else {
                // Not read (yet, or the core refused and the banner says why).
                Screen(title: strings["shell-goals-solve-title"]) {}
            }
        }
        .onAppear(perform: model.load)
        .onChange(of: core.revision) { _ in model.load() }
    }
}
