import StegvisCore
import SwiftUI

/// The plan's earlier versions over the core.
struct PlanHistoryRoute: View {
    @EnvironmentObject private var core: AppCore

    var body: some View {
        PlanHistoryContent(model: PlanHistoryModel(core: core))
    }
}

private struct PlanHistoryContent: View {
    @StateObject var model: PlanHistoryModel
    @EnvironmentObject private var core: AppCore

    var body: some View {
        PlanHistoryScreen(history: model.history, opened: model.opened, onOpen: model.open)
            .onAppear(perform: model.load)
            .onChange(of: core.revision) { _ in model.load() }
    }
}
