import StegvisCore
import SwiftUI

/// The trends over the core; they redraw after every change (a check-in saved elsewhere).
struct TrendsRoute: View {
    @EnvironmentObject private var core: AppCore

    var body: some View {
        TrendsContent(model: TrendsModel(core: core))
    }
}

private struct TrendsContent: View {
    @StateObject var model: TrendsModel
    @EnvironmentObject private var core: AppCore
    @Environment(\.strings) private var strings

    var body: some View {
        Group {
            if let trend = model.trend {
                TrendsScreen(trend: trend, onWeeks: model.choose)
            } else {
                Screen(title: strings["shell-nav-trends"]) {}
            }
        }
        .onAppear(perform: model.load)
        .onChange(of: core.revision) { _ in model.load() }
    }
}
