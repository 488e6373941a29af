import QuickLook
import StegvisCore
import SwiftUI
import UIKit

/// The report over the core: made on request, then shared or shown in QuickLook.
struct ReportRoute: View {
    @EnvironmentObject private var core: AppCore

    var body: some View {
        ReportContent(model: ReportModel(core: core))
    }
}

private struct ReportContent: View {
    @StateObject var model: ReportModel
    @EnvironmentObject private var core: AppCore
    @Environment(\.strings) private var strings

    var body: some View {
        ReportScreen(
            periods: model.periods,
            period: model.period,
            sections: model.sections,
            making: model.making,
            made: model.made,
            actions: ReportActions(
                toggle: model.toggle,
                choose: model.choose,
                make: { [model = self.model] in Task { await model.make() } },
                open: model.open
            )
        )
        .quickLookPreview($model.previewing)
        .onAppear(perform: model.load)
        // A new day or another language: the periods and their words again.
        .onChange(of: core.revision) { _ in model.load() }
        .onChange(of: model.made) { made in
            if made != nil {
                UIAccessibility.post(notification: .announcement, argument: strings["shell-report-ready"])
            }
        }
    }
}
