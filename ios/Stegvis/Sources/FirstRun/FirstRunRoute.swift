import StegvisCore
import SwiftUI

/// The welcome over the core. When it is done and anything was kept, `AppRoot` puts
/// Today in its place by itself (the core's `isFirstRun` is then false). When the
/// person skipped it all, nothing was kept and the core still calls it the first run:
/// then `finishFirstRun`, which `AppRoot` gives, shows Today anyway, as Android does.
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
        guard core.read({ try $0.isFirstRun() }) == true else { return }
        if let finishFirstRun {
            finishFirstRun()
        } else {
            // Until AppRoot gives `finishFirstRun`: Today over the welcome.
            navigator.path = [.today]
        }
    }
}

private struct FinishFirstRunKey: EnvironmentKey {
    static let defaultValue: (() -> Void)? = nil
}

extension EnvironmentValues {
    /// Given by `AppRoot` around the welcome: shows Today although nothing was kept
    /// (the person skipped every part), as Android's `navigator.home()` does.
    var finishFirstRun: (() -> Void)? {
        get { self[FinishFirstRunKey.self] }
        set { self[FinishFirstRunKey.self] = newValue }
    }
}
