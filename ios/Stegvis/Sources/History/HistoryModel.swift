import Foundation
import StegvisCore

/// Holds the month shown (this month at first) and moves to the one before or after,
/// by the keys the core gave out; the core refuses a month still to come.
@MainActor
final class HistoryModel: ObservableObject {
    @Published private(set) var month: HistoryMonth?
    /// `YYYY-MM`, or nil for this month.
    private(set) var monthKey: String?
    private let core: AppCore

    init(core: AppCore) {
        self.core = core
    }

    func load() {
        if let loaded = core.read({ try $0.historyMonth(month: monthKey) }) {
            month = loaded
        }
    }

    /// Shows `YYYY-MM`, a key the core gave out (the previous or next month). A refusal
    /// keeps the month shown as it was.
    func show(_ key: String) {
        guard let loaded = core.read({ try $0.historyMonth(month: key) }) else { return }
        monthKey = key
        month = loaded
    }
}

/// One day opened from the calendar: what happened, in the core's words.
@MainActor
final class HistoryDayModel: ObservableObject {
    @Published private(set) var day: HistoryDay?
    let date: String
    private let core: AppCore

    init(core: AppCore, date: String) {
        self.core = core
        self.date = date
    }

    func load() {
        day = core.read { try $0.historyDay(date: date) }
    }
}
