import Foundation
import StegvisCore

/// Opens the core the way the app runs it: the data folder, the Keychain key, the
/// device's time zone and language.
public enum CoreOpener {
    /// The configuration for `folder` on this device now.
    public static func config(folder: URL, locale: String? = Locale.preferredLanguages.first) -> OpenConfig {
        OpenConfig(
            dataDir: folder.path,
            zone: deviceZone(),
            language: deviceLanguage(locale)
        )
    }

    /// The core's language nearest the device's first preferred language.
    public static func deviceLanguage(_ locale: String? = Locale.preferredLanguages.first) -> Lang {
        langFromLocale(locale: locale ?? "en")
    }

    /// The device's time zone now (read afresh: iOS caches it until told it changed).
    public static func deviceZone() -> String {
        NSTimeZone.resetSystemTimeZone()
        return TimeZone.current.identifier
    }

    /// Tells the core the device's zone, as Android does at start and on a zone change,
    /// so schedules that follow the phone move with it. A zone the core refuses must not
    /// keep the reminders from being scheduled again, so a refusal is only reported.
    @discardableResult
    public static func followDeviceZone(_ companion: StegvisCompanion) -> Bool {
        do {
            try companion.setZone(zone: deviceZone())
            return true
        } catch {
            return false
        }
    }

    /// Opens (and on the first run sets up) the data in `folder`.
    public static func open(
        folder: URL,
        keyManager: KeyManager = KeychainKeyManager()
    ) throws -> StegvisCompanion {
        try StegvisCompanion.open(config: config(folder: folder), keyManager: keyManager)
    }
}
