import Foundation
import StegvisCore

/// Holds the trend for the chosen number of weeks (4 at first).
@MainActor
final class TrendsModel: ObservableObject {
    @Published private(set) var weeks: UInt32 = TrendWeeks.choices[0].weeks
    @Published private(set) var trend: Trend?
    private let core: AppCore

    init(core: AppCore) {
        self.core = core
    }

    /// Reads the trend again; a refused read keeps the charts shown (the banner says why).
    func load() {
        let weeks = self.weeks
        trend = core.read { try $0.trend(weeks: weeks) } ?? trend
    }

    /// Another period; the choice moves only when the core drew it.
    func choose(_ weeks: UInt32) {
        guard let chosen = core.read({ try $0.trend(weeks: weeks) }) else { return }
        self.weeks = weeks
        trend = chosen
    }
}
