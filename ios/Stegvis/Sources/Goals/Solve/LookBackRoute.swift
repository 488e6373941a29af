import StegvisCore
import SwiftUI

/// Looking back at one problem-solving plan, over the core.
struct LookBackRoute: View {
    let problemSolvingId: String
    @EnvironmentObject private var core: AppCore
    @EnvironmentObject private var navigator: Navigator

    var body: some View {
        LookBackContent(model: LookBackModel(core: core, planId: problemSolvingId), navigator: navigator)
    }
}

private struct LookBackContent: View {
    @StateObject var model: LookBackModel
    let navigator: Navigator
    @EnvironmentObject private var core: AppCore
    @Environment(\.strings) private var strings

    var body: some View {
        Group {
            if let view = model.view {
                LookBackScreen(
                    view: view,
                    draft: model.draft,
                    page: model.page,
                    actions: LookBackActions(
                        draft: { model.draft = $0 },
                        next: model.next,
                        save: model.save,
                        newPlan: { navigator.open(.solve(stepId: view.plan.stepId)) },
                        done: navigator.back,
                        back: {
                            if !model.back() {
                                navigator.back()
                            }
                        }
                    )
                )
            } else {
                // Not read (yet, or the core refused and the banner says why).
                Screen(title: strings["shell-goals-look-back-title"]) {}
            }
        }
        .onAppear(perform: model.load)
        .onChange(of: core.revision) { _ in model.load() }
    }
}
