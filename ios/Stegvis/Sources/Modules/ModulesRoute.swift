import StegvisCore
import SwiftUI

/// The IMR modules over the core.
struct ModulesRoute: View {
    @EnvironmentObject private var core: AppCore

    var body: some View {
        ModulesContent(model: ModulesModel(core: core))
    }
}

private struct ModulesContent: View {
    @StateObject var model: ModulesModel
    @EnvironmentObject private var core: AppCore
    @Environment(\.strings) private var strings

    var body: some View {
        Group {
            if let view = model.view {
                ModulesScreen(
                    view: view,
                    editing: model.editing,
                    actions: ModulesActions(
                        begin: { model.begin($0, done: $1) },
                        undoDone: model.undoDone,
                        reset: model.reset,
                        save: { model.save(date: $0) },
                        cancel: model.cancel
                    )
                )
            } else {
                Screen(title: strings["shell-modules-title"]) {}
            }
        }
        .onAppear(perform: model.load)
        .onChange(of: core.revision) { _ in model.load() }
    }
}
