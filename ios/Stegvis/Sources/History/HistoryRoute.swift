import StegvisCore
import SwiftUI

/// The history calendar over the core: a tap on a day opens it.
struct HistoryRoute: View {
    @EnvironmentObject private var core: AppCore
    @EnvironmentObject private var navigator: Navigator

    var body: some View {
        HistoryContent(model: HistoryModel(core: core), navigator: navigator)
    }
}

private struct HistoryContent: View {
    @StateObject var model: HistoryModel
    let navigator: Navigator
    @EnvironmentObject private var core: AppCore
    @Environment(\.strings) private var strings

    var body: some View {
        Group {
            if let month = model.month {
                HistoryScreen(
                    month: month,
                    onMonth: model.show,
                    onDay: { navigator.open(.historyDay(date: $0)) }
                )
            } else {
                // The core refused (its sentence is in the banner) or has not answered yet.
                Screen(title: strings["shell-calendar-title"]) {}
            }
        }
        .onAppear(perform: model.load)
        .onChange(of: core.revision) { _ in model.load() }
    }
}

/// One day of the history, opened from the calendar.
struct HistoryDayRoute: View {
    let date: String
    @EnvironmentObject private var core: AppCore

    var body: some View {
        HistoryDayContent(model: HistoryDayModel(core: core, date: date))
    }
}

private struct HistoryDayContent: View {
    @StateObject var model: HistoryDayModel
    @EnvironmentObject private var core: AppCore
    @Environment(\.strings) private var strings

    var body: some View {
        Group {
            if let day = model.day {
                HistoryDayScreen(day: day)
            } else {
                Screen(title: strings["shell-calendar-title"]) {}
            }
        }
        .onAppear(perform: model.load)
        .onChange(of: core.revision) { _ in model.load() }
    }
}
