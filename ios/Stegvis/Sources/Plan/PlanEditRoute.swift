import StegvisCore
import SwiftUI

/// One section of the plan to change, over the core; it redraws after every edit.
struct PlanEditRoute: View {
    let section: String
    @EnvironmentObject private var core: AppCore

    var body: some View {
        PlanEditContent(model: PlanEditModel(core: core, sectionKey: section))
    }
}

private struct PlanEditContent: View {
    @StateObject var model: PlanEditModel
    @EnvironmentObject private var core: AppCore
    @Environment(\.strings) private var strings

    var body: some View {
        Group {
            if let section = model.section {
                PlanEditScreen(
                    view: PlanEditView(section: section, signs: model.signs, readOnly: model.readOnly),
                    actions: PlanEditActions(
                        add: model.add,
                        replace: model.replace,
                        remove: model.remove,
                        move: model.move
                    )
                )
            } else {
                Screen(title: strings["shell-nav-plan"]) {}
            }
        }
        .onAppear(perform: model.load)
        .onChange(of: core.revision) { _ in model.load() }
    }
}
