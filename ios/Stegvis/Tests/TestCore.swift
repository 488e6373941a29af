import Foundation
import StegvisCore
import XCTest
@testable import Stegvis

/// A real core on a real SQLite file in a new temporary folder, as the Android tests
/// open it: the data key in memory (no Keychain in a test), a clock the test moves.
@MainActor
final class TestCore {
    let core: AppCore
    let clock: PreviewClock
    let folder: URL

    var companion: StegvisCompanion {
        core.companion
    }

    /// The core's demo data (three weeks of goals, signs, check-ins, a plan and
    /// medicines) when `demo`, else nothing: the first run.
    init(demo: Bool = true, language: Lang = .en, now: Date = PreviewCore.now) throws {
        folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("stegvis-test-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let config = OpenConfig(dataDir: folder.path, zone: "Europe/Oslo", language: language)
        let keys = PreviewKeyManager()
        clock = PreviewClock(now)
        if demo {
            try fillDemo(config: config, keyManager: keys, clock: clock)
        }
        let companion = try StegvisCompanion.openWithClock(config: config, keyManager: keys, clock: clock)
        core = AppCore(companion: companion, deviceLanguage: language)
    }

    deinit {
        try? FileManager.default.removeItem(at: folder)
    }
}
