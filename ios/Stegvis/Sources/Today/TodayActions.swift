import StegvisCore

/// What the person can do from Today: go somewhere, or act on an item in one tap.
struct TodayActions {
    var open: (Route) -> Void
    var completeStep: (String) -> Void
    var logDose: (String, DoseAction) -> Void
    var undoDose: (String) -> Void
    var dial: (String) -> Void
}
