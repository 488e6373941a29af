import Foundation

/// What the modules screen can ask for.
struct ModulesActions {
    var begin: (String, Bool) -> Void
    var undoDone: (String) -> Void
    var reset: (String) -> Void
    /// Saves the mark being edited on a day (`YYYY-MM-DD`), or today when nil.
    var save: (String?) -> Void
    var cancel: () -> Void
}
