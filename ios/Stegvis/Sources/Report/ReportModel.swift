import Foundation
import StegvisCore

/// Holds the report's choices and makes it: the core draws the PDF off the main thread,
/// the phone keeps it as its one report file (the one before is removed), and the share
/// sheet or QuickLook gets it only when the person asks.
@MainActor
final class ReportModel: ObservableObject {
    /// The periods the core offers (the last 3, 6, 12 months).
    @Published private(set) var periods: [ReportPeriodChoice] = []
    @Published private(set) var period: ReportPeriodChoice?
    /// All sections at first; the person may turn any off.
    @Published private(set) var sections = Set(ProgressSections.all)
    /// The core is drawing the PDF.
    @Published private(set) var making = false
    /// The report made last; Share and Open act on it.
    @Published private(set) var made: URL?
    /// The report QuickLook shows, while it shows it.
    @Published var previewing: URL?
    private let core: AppCore
    private let folder: URL

    init(core: AppCore, folder: URL = ReportFiles.defaultFolder()) {
        self.core = core
        self.folder = folder
    }

    /// The periods and their words (again after a new day or another language), keeping
    /// the one chosen.
    func load() {
        guard let loaded = core.read({ try $0.reportPeriodChoices() }) else { return }
        let kept = period?.months
        periods = loaded
        period = loaded.first { $0.months == kept } ?? loaded.first { $0.preselected } ?? loaded.first
    }

    /// Turns a section on or off; with none on, the screen says so and makes nothing.
    func toggle(_ section: ReportSection) {
        if sections.contains(section) {
            sections.remove(section)
        } else {
            sections.insert(section)
        }
        made = nil
    }

    func choose(_ choice: ReportPeriodChoice) {
        period = choice
        made = nil
    }

    /// Makes the report of the chosen sections over the chosen period, off the main
    /// thread, into the reports folder. A refusal is the core's sentence in the banner.
    func make() async {
        let chosen = ProgressSections.ordered(sections)
        guard let period = period, !chosen.isEmpty, !making else { return }
        making = true
        made = nil
        let companion = core.companion
        let folder = self.folder
        let name = "stegvis-report-\(period.to).pdf"
        let from = period.from
        let to = period.to
        let outcome: Result<URL, Error> = await Task.detached(priority: .userInitiated) {
            Result<URL, Error>(catching: {
                let bytes = try companion.reportPdf(from: from, to: to, sections: chosen)
                return try ReportFiles.keep(bytes, name: name, in: folder)
            })
        }.value
        making = false
        // Through the one door to the core, so a refusal is said as every other is.
        made = core.read { _ in try outcome.get() }
    }

    /// Shows the report made last in QuickLook.
    func open() {
        previewing = made
    }
}
