import Foundation
import StegvisCore

/// Holds the summary of the default period (the six calendar months up to today) for
/// the sections chosen (all at first).
@MainActor
final class ProgressModel: ObservableObject {
    @Published private(set) var sections = Set(ProgressSections.all)
    @Published private(set) var summary: ProgressSummary?
    private let core: AppCore

    init(core: AppCore) {
        self.core = core
    }

    func load() {
        let chosen = ProgressSections.ordered(sections)
        summary = core.read { try $0.progressSummary(from: nil, to: nil, sections: chosen) }
    }

    /// Turns a section on or off; the last one chosen stays on, so there is always
    /// something to show.
    func toggle(_ section: ReportSection) {
        var next = sections
        if next.contains(section) {
            next.remove(section)
        } else {
            next.insert(section)
        }
        guard !next.isEmpty else { return }
        sections = next
        load()
    }
}
