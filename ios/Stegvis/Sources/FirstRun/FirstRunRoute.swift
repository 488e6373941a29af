import StegvisCore
import SwiftUI

/// The welcome over the core. When the person finishes or skips it, `finishFirstRun`
/// (given by `AppRoot`) puts Today in its place, as Android's `navigator.home()` does,
/// whether or not anything was kept.
struct FirstRunRoute: View {
    @EnvironmentObject private var core: AppCore
    @EnvironmentObject private var navigator: Navigator
    @Environment(\.finishFirstRun) private var finishFirstRun

    var body: some View {
        FirstRunContent(model: FirstRunModel(core: core), navigator: navigator, finishFirstRun: finishFirstRun)
    }
}

private struct FirstRunContent: View {
    @StateObject var model: FirstRunModel
    let navigator: Navigator
    let finishFirstRun: (() -> Void)?
    @EnvironmentObject private var core: AppCore

    var body: some View {
        FirstRunScreen(
            view: model.view,
            page: model.page,
            actions: FirstRunActions(
                onView: { model.view = $0 },
                onSaveAndGoOn: model.saveAndGoOn,
                onSkip: model.skip,
                onBack: {
                    if !model.back() {
                        navigator.back()
                    }
                }
            )
        )
        .onAppear(perform: model.load)
        .onChange(of: core.revision) { _ in model.load() }
        .onChange(of: model.finished) { done in
            if done {
                leave()
            }
        }
    }

    /// Today, with nothing left behind it.
    @MainActor
    private func leave() {
        navigator.home()
        if let finishFirstRun {
            finishFirstRun()
        } else {
            // Opened as a route rather than at launch: Today over the welcome.
            navigator.path = [.today]
        }
    }
}

private struct FinishFirstRunKey: EnvironmentKey {
    static let defaultValue: (() -> Void)? = nil
}

extension EnvironmentValues {
    /// Given by `AppRoot` around the welcome: shows Today in its place.
    var finishFirstRun: (() -> Void)? {
        get { self[FinishFirstRunKey.self] }
        set { self[FinishFirstRunKey.self] = newValue }
    }
}
