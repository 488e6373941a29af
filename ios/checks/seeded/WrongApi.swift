// Seeded API mistakes: each numbered line must be caught by the check, and nothing else.
import Foundation
import StegvisCore

final class Seeded: KeyManager, @unchecked Sendable { // 1: lacks deleteKey()
    func loadKey() throws -> Data? { nil }
    func storeKey(key: Data) throws {}
}

@MainActor
final class SeededModel {
    let companion: StegvisCompanion
    let core: Core

    init(companion: StegvisCompanion, core: Core) {
        self.companion = companion
        self.core = core
    }

    func run() throws {
        _ = try companion.completeStep(id: "x") // 2: wrong label
        _ = try companion.logDose(occurrenceId: "x") // 3: missing argument
        _ = try companion.todayView() // 4: no such method
        _ = NewGoal(text: "t", area: LifeArea.health) // 5: no such init
        _ = LifeArea.wellbeing // 6: no such case
        _ = core.read { try $0.checkIn() } // 7: no such method, through the read closure
        let old: TodayScreenView? = nil // 8: no such type
        _ = old
        _ = MissingRoute() // 9: no such type made
    }
}

/// The shell's own door to the core, as AppCore is.
final class Core {
    func read<T>(_ block: (StegvisCompanion) throws -> T) -> T? { try? block(fakeCompanion()) }
    private func fakeCompanion() -> StegvisCompanion { fatalError() }
}

/// A record's field read by a name the record does not have.
func seededField(view: TodayView) -> String {
    view.heading // 10: no such field
}

/// An implicit case the core does not have (it was renamed).
func seededCase(item: TodayItem) -> Bool {
    switch item.kind {
    case .stepFinished: return true // 11: no such case in any enum
    default: return false
    }
}
