import StegvisCore

/// What the person can do on the report screen.
struct ReportActions {
    var toggle: (ReportSection) -> Void
    var choose: (ReportPeriodChoice) -> Void
    /// Make the report of the chosen sections over the chosen period.
    var make: () -> Void
    /// Show the report made last.
    var open: () -> Void
}
