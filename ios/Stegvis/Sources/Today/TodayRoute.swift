import StegvisCore
import SwiftUI

/// Today over the core: the app's first screen.
struct TodayRoute: View {
    @EnvironmentObject private var core: AppCore
    @EnvironmentObject private var navigator: Navigator
    @Environment(\.openURL) private var openURL

    var body: some View {
        TodayContent(model: TodayModel(core: core), navigator: navigator, dial: dial)
    }

    /// Opens the phone app with the number filled in; the person presses call themselves.
    private func dial(_ number: String) {
        let digits = number.filter { $0.isNumber || $0 == "+" }
        if let url = URL(string: "tel:\(digits)") {
            openURL(url)
        }
    }
}

private struct TodayContent: View {
    @StateObject var model: TodayModel
    let navigator: Navigator
    let dial: (String) -> Void
    @EnvironmentObject private var core: AppCore
    @Environment(\.strings) private var strings

    var body: some View {
        Group {
            if let view = model.view {
                TodayScreen(
                    view: view,
                    actions: TodayActions(
                        open: navigator.open,
                        completeStep: model.completeStep,
                        logDose: model.logDose,
                        undoDose: model.undoDose,
                        dial: dial
                    )
                )
            } else {
                // The core refused (its sentence is in the banner) or has not answered yet.
                Screen(title: strings["shell-nav-today"]) {}
            }
        }
        .onAppear(perform: model.load)
        .onChange(of: core.revision) { _ in model.load() }
    }
}
