import StegvisCore
import SwiftUI

/// How things have gone, over the core; the way to the report at the end.
struct ProgressRoute: View {
    @EnvironmentObject private var core: AppCore
    @EnvironmentObject private var navigator: Navigator

    var body: some View {
        ProgressContent(model: ProgressModel(core: core), navigator: navigator)
    }
}

private struct ProgressContent: View {
    @StateObject var model: ProgressModel
    let navigator: Navigator
    @EnvironmentObject private var core: AppCore
    @Environment(\.strings) private var strings

    var body: some View {
        Group {
            if let summary = model.summary {
                ProgressScreen(
                    summary: summary,
                    chosen: model.sections,
                    onToggle: model.toggle,
                    onReport: { navigator.open(.report) }
                )
            } else {
                Screen(title: strings["shell-nav-progress"]) {}
            }
        }
        .onAppear(perform: model.load)
        .onChange(of: core.revision) { _ in model.load() }
    }
}
