import Foundation
import StegvisCore

/// Opens the core the way the app runs it: the data folder, the Keychain key, the
/// device's time zone and language.
public enum CoreOpener {
    /// The configuration for `folder` on this device now.
    public static func config(folder: URL, locale: String? = Locale.preferredLanguages.first) -> OpenConfig {
        OpenConfig(
            dataDir: folder.path,
            zone: TimeZone.current.identifier,
            language: deviceLanguage(locale)
        )
    }

    /// The core's language nearest the device's first preferred language.
    public static func deviceLanguage(_ locale: String? = Locale.preferredLanguages.first) -> Lang {
        langFromLocale(locale: locale ?? "en")
    }

    /// Opens (and on the first run sets up) the data in `folder`.
    public static func open(
        folder: URL,
        keyManager: KeyManager = KeychainKeyManager()
    ) throws -> StegvisCompanion {
        try StegvisCompanion.open(config: config(folder: folder), keyManager: keyManager)
    }
}
