import StegvisCore
import SwiftUI

/// The IMR Scale flow: Back goes one topic back and leaves from the first; Save opens
/// the history.
struct ScaleRoute: View {
    @EnvironmentObject private var core: AppCore
    @EnvironmentObject private var navigator: Navigator

    var body: some View {
        ScaleContent(model: ScaleModel(core: core), navigator: navigator)
    }
}

private struct ScaleContent: View {
    @StateObject var model: ScaleModel
    let navigator: Navigator
    @Environment(\.strings) private var strings

    var body: some View {
        Group {
            if let form = model.form {
                ScaleScreen(
                    form: form,
                    index: model.index,
                    chosen: model.chosen,
                    onAnswer: model.answer,
                    onSkip: model.skip,
                    onBack: back,
                    onSave: save
                )
            } else {
                Screen(title: strings["shell-scale-nav"]) {}
            }
        }
        .onAppear(perform: model.load)
    }

    private func back() {
        if !model.back() {
            navigator.back()
        }
    }

    /// Saved: the flow is done, and the history shows the new rating.
    private func save() {
        guard model.save() != nil else { return }
        navigator.back()
        if navigator.path.last != Route.scaleHistory {
            navigator.open(.scaleHistory)
        }
    }
}

/// The IMR Scale over time, with how often it is offered.
struct ScaleHistoryRoute: View {
    @EnvironmentObject private var core: AppCore
    @EnvironmentObject private var navigator: Navigator

    var body: some View {
        ScaleHistoryContent(model: ScaleHistoryModel(core: core), navigator: navigator)
    }
}

private struct ScaleHistoryContent: View {
    @StateObject var model: ScaleHistoryModel
    let navigator: Navigator
    @EnvironmentObject private var core: AppCore
    @Environment(\.strings) private var strings

    var body: some View {
        Group {
            if let history = model.history {
                ScaleHistoryScreen(
                    history: history,
                    onRate: { navigator.open(.scale) },
                    onInterval: model.choose
                )
            } else {
                Screen(title: strings["shell-scale-nav"]) {}
            }
        }
        .onAppear(perform: model.load)
        .onChange(of: core.revision) { _ in model.load() }
    }
}
