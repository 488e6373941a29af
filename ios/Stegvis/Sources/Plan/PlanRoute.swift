import StegvisCore
import SwiftUI

/// The plan over the core: each section opens its editor, the history its versions, and
/// a contact's number the phone app.
struct PlanRoute: View {
    @EnvironmentObject private var core: AppCore
    @EnvironmentObject private var navigator: Navigator
    @Environment(\.openURL) private var openURL

    var body: some View {
        PlanContent(model: PlanModel(core: core), navigator: navigator, dial: dial)
    }

    private func dial(_ number: String) {
        if let url = dialURL(number) {
            openURL(url)
        }
    }
}

private struct PlanContent: View {
    @StateObject var model: PlanModel
    let navigator: Navigator
    let dial: (String) -> Void
    @EnvironmentObject private var core: AppCore
    @Environment(\.strings) private var strings

    var body: some View {
        Group {
            if let view = model.view {
                PlanScreen(
                    view: view,
                    readOnly: model.readOnly,
                    actions: PlanActions(
                        change: { navigator.open(.planEdit(section: $0)) },
                        history: { navigator.open(.planHistory) },
                        call: dial
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
