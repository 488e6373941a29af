#if DEBUG
    import Foundation
    import StegvisCore

    /// A data key kept in memory, for previews only: the Keychain is not there in Xcode's
    /// preview process. The app itself always uses `KeychainKeyManager`.
    final class PreviewKeyManager: KeyManager, @unchecked Sendable {
        private var key: Data?

        func loadKey() throws -> Data? {
            key
        }

        func storeKey(key: Data) throws {
            if self.key == nil {
                self.key = key
            }
        }

        func deleteKey() throws {
            key = nil
        }
    }

    /// A fixed "now" for previews, so the demo data and the screens never drift.
    final class PreviewClock: Clock, @unchecked Sendable {
        let instant: Date

        init(_ instant: Date) {
            self.instant = instant
        }

        func now() -> Date {
            instant
        }
    }

    /// Previews draw real core data: a fresh folder filled with the core's demo data
    /// (three weeks of goals, check-ins, medicines and a plan) at a fixed moment.
    @MainActor
    enum PreviewCore {
        /// Monday 23 November 2026, 19:30 in Oslo (as in the Android tests): the check-in is due and doses are waiting.
        static let now = Date(timeIntervalSince1970: 1_795_458_600)

        static func make(language: Lang = .en) -> AppCore {
            let folder = FileManager.default.temporaryDirectory
                .appendingPathComponent("stegvis-preview-\(UUID().uuidString)", isDirectory: true)
            try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let config = OpenConfig(dataDir: folder.path, zone: "Europe/Oslo", language: language)
            let keys = PreviewKeyManager()
            let clock = PreviewClock(now)
            do {
                try fillDemo(config: config, keyManager: keys, clock: clock)
                let companion = try StegvisCompanion.openWithClock(config: config, keyManager: keys, clock: clock)
                return AppCore(companion: companion, deviceLanguage: language)
            } catch {
                fatalError("the demo data could not be made: \(error)")
            }
        }
    }
#endif
