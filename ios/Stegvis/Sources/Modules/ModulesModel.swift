import Foundation
import StegvisCore

/// Which module's day is being chosen, and for which mark.
struct ModuleEdit: Equatable {
    let key: String
    /// Worked through (`true`) or started (`false`).
    let done: Bool
}

/// The modules with their states. Marking one asks for the day first (today is one
/// tap), so a tap by mistake writes nothing; the core refuses a day still to come and
/// "worked through" before "started".
@MainActor
final class ModulesModel: ObservableObject {
    @Published private(set) var view: ModulesView?
    @Published private(set) var editing: ModuleEdit?
    private let core: AppCore

    init(core: AppCore) {
        self.core = core
    }

    func load() {
        view = core.read { try $0.modules() }
    }

    /// Asks for the day of a mark on `key`: started, or worked through when `done`.
    func begin(_ key: String, done: Bool) {
        editing = ModuleEdit(key: key, done: done)
    }

    func cancel() {
        editing = nil
    }

    /// Marks the module being edited on `date` (`YYYY-MM-DD`), or today when nil. On a
    /// refusal the day stays open, so the person can pick another.
    func save(date: String?) {
        guard let edit = editing else { return }
        let result = core.write { companion -> ModulesView in
            if edit.done {
                return try companion.moduleDone(key: edit.key, date: date)
            }
            return try companion.moduleStart(key: edit.key, date: date)
        }
        guard let result else { return }
        view = result
        editing = nil
    }

    /// Takes back "worked through".
    func undoDone(_ key: String) {
        if let result = core.write({ try $0.moduleUndoDone(key: key) }) {
            view = result
        }
    }

    /// Makes the module not started again.
    func reset(_ key: String) {
        if let result = core.write({ try $0.moduleReset(key: key) }) {
            view = result
        }
    }
}

/// The day a DatePicker gives, as the `YYYY-MM-DD` the core reads (on the device's
/// calendar day, which is the core's zone); the same text Android's field passes on.
enum ModuleDay {
    static func text(_ day: Date) -> String {
        let format = DateFormatter()
        format.calendar = Calendar(identifier: .gregorian)
        format.locale = Locale(identifier: "en_US_POSIX")
        format.timeZone = TimeZone.current
        format.dateFormat = "yyyy-MM-dd"
        return format.string(from: day)
    }
}
