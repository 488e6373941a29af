import StegvisCore

/// The parts of the first run, in order.
enum FirstRunPage: Int, CaseIterable {
    case welcome
    case goal
    case signs
    case checkin
}

/// What the first run shows: the core's life areas and sign catalog, and what the
/// person chose so far.
struct FirstRunView: Equatable {
    var areas: [LifeAreaOption]
    var catalog: [CatalogSign]
    /// The first goal as the person is writing it (the goals screens' draft and form).
    var goal = GoalDraft()
    /// Catalog keys ticked.
    var signs: Set<String> = []
    /// The check-in time as the core reads it (`HH:MM`), or as the person changed it.
    var checkinTime = ""
}

/// What the person can do in the first run: change an answer, save and go on, skip, or
/// go back one part.
struct FirstRunActions {
    var onView: (FirstRunView) -> Void
    var onSaveAndGoOn: () -> Void
    var onSkip: () -> Void
    var onBack: () -> Void
}
