import StegvisCore
import SwiftUI

/// A plan shared with this phone, over the core; once removed, back to where it was opened.
struct SupporterPlanRoute: View {
    let contactId: String
    @EnvironmentObject private var core: AppCore
    @EnvironmentObject private var navigator: Navigator
    @Environment(\.openURL) private var openURL

    var body: some View {
        SupporterPlanContent(
            model: SupporterPlanModel(core: core, contactId: contactId),
            navigator: navigator,
            dial: dial
        )
    }

    private func dial(_ number: String) {
        if let url = dialURL(number) {
            openURL(url)
        }
    }
}

private struct SupporterPlanContent: View {
    @StateObject var model: SupporterPlanModel
    let navigator: Navigator
    let dial: (String) -> Void
    @EnvironmentObject private var core: AppCore
    @Environment(\.strings) private var strings

    var body: some View {
        Group {
            if let plan = model.plan {
                SupporterPlanScreen(
                    plan: plan,
                    confirmingRemove: model.confirmingRemove,
                    actions: SupporterActions(
                        call: dial,
                        askRemove: model.askRemove,
                        cancelRemove: model.cancelRemove,
                        remove: model.remove
                    )
                )
            } else {
                Screen(title: strings["shell-sharing-nav"]) {}
            }
        }
        .onAppear(perform: model.load)
        .onChange(of: core.revision) { _ in model.load() }
        .onChange(of: model.removed) { removed in
            if removed {
                navigator.back()
            }
        }
    }
}
