import StegvisCore

/// The parts of the progress screen and the report, in the core's order, with the
/// shell word each is shown with and the tag a test finds it by (as on Android).
enum ProgressSections {
    static let all: [ReportSection] = [.goals, .signs, .medicines, .modules, .scale]

    /// The shell text id of a section's name.
    static func labelId(_ section: ReportSection) -> String {
        "shell-progress-section-\(key(section))"
    }

    /// The section's name in tags: `goals`, `signs`, `medicines`, `modules`, `scale`.
    static func key(_ section: ReportSection) -> String {
        switch section {
        case .goals: return "goals"
        case .signs: return "signs"
        case .medicines: return "medicines"
        case .modules: return "modules"
        case .scale: return "scale"
        }
    }

    /// The chosen sections in the core's order.
    static func ordered(_ chosen: Set<ReportSection>) -> [ReportSection] {
        all.filter { chosen.contains($0) }
    }
}
