import Foundation
import StegvisCore

/// What the settings screen shows: the language chosen (`nil`: the phone's) and the
/// reminder settings, as the core reads them.
struct SettingsView: Equatable {
    var language: Lang?
    var reminders: ReminderSettings
}

/// What came back from an export or import, to show under it.
struct DataOutcome: Equatable {
    /// Where the encrypted export was written.
    var export: String?
    /// How many exports were made here, so the passphrase fields empty after each.
    var exports = 0
    /// The two passphrases typed were not the same: nothing was written.
    var passphraseMismatch = false
    /// The core's warning that the readable copy is not encrypted.
    var readable: String?
    /// Everything from the export is back.
    var imported = false
}

/// Files handed to the share sheet (the export, or each file of the readable copy).
struct SettingsSharedFiles: Identifiable, Equatable {
    let id = UUID()
    let urls: [URL]
}

/// What the person can do in settings; the model passes each to the core or the device.
struct SettingsActions {
    var chooseLanguage: (Lang?) -> Void
    var setReminders: (ReminderSettings) -> Void
    /// The passphrase, typed twice.
    var export: (String, String) -> Void
    var exportReadable: () -> Void
    /// Opens the file picker; the passphrase is used for the file picked.
    var pickImport: (String) -> Void
    /// The word the person typed.
    var erase: (String) -> Void
    /// Whether the typed word confirms erasing (the core's rule, the terminal's word).
    var confirmsErase: (String) -> Bool
    /// The iOS Settings app, where notifications can be allowed.
    var openNotificationSettings: () -> Void
}
