import Foundation
import StegvisCore

/// Reads the language choice and the reminder settings and passes every choice to the
/// core, as Android's `SettingsState`. The device's part (the share sheet, the file
/// picker, starting afresh after an erase) is left to `SettingsRoute`.
@MainActor
final class SettingsModel: ObservableObject {
    @Published private(set) var view: SettingsView?
    @Published private(set) var outcome = DataOutcome()
    /// Files waiting for the share sheet.
    @Published var sharing: SettingsSharedFiles?
    /// The file picker for an import is open.
    @Published var picking = false
    private var importPassphrase = ""
    private let core: AppCore
    private let files: SettingsFiles

    init(core: AppCore, files: SettingsFiles = SettingsFiles()) {
        self.core = core
        self.files = files
    }

    func load() {
        let chosen = core.read { try $0.languageChoice() }
        guard let reminders = core.read({ try $0.reminderSettings() }) else { return }
        let language: Lang?
        if let chosen {
            language = chosen
        } else {
            language = view?.language
        }
        view = SettingsView(language: language, reminders: reminders)
    }

    /// `nil`: follow the phone. Every screen redraws in the language the core now speaks.
    func chooseLanguage(_ lang: Lang?) {
        core.chooseLanguage(lang)
    }

    func setReminders(_ settings: ReminderSettings) {
        core.write { try $0.setReminderSettings(settings: settings) }
    }

    /// Writes the encrypted export to a new file and hands it to the share sheet. Two
    /// different passphrases write nothing; the core refuses one that is too short.
    func export(passphrase: String, again: String) {
        core.dismissProblem()
        outcome.passphraseMismatch = passphrase != again
        guard !outcome.passphraseMismatch else { return }
        let path = files.place(SettingsFiles.exportName).path
        guard let summary = core.read({ try $0.exportEncrypted(path: path, passphrase: passphrase) }) else { return }
        outcome.export = summary.path
        outcome.exports += 1
        sharing = SettingsSharedFiles(urls: [URL(fileURLWithPath: summary.path)])
    }

    /// The readable copy: the core's warning that it is not encrypted is shown with it,
    /// and each of its files goes to the share sheet.
    func exportReadable() {
        core.dismissProblem()
        let dir = files.place(SettingsFiles.readableName)
        guard let written = core.read({ try $0.exportReadable(dir: dir.path) }) else { return }
        outcome.readable = written.warning
        let folder = URL(fileURLWithPath: written.dir, isDirectory: true)
        sharing = SettingsSharedFiles(urls: written.files.map { folder.appendingPathComponent($0) })
    }

    /// The share sheet closed: the copies handed to it are gone from the app's folder, so
    /// the readable (unencrypted) one never stays on the phone after it was sent or saved.
    func sharingClosed() {
        files.clear()
        sharing = nil
    }

    /// Asks for the file; `importPicked` brings it back with this passphrase.
    func pickImport(passphrase: String) {
        importPassphrase = passphrase
        picking = true
    }

    /// The file the picker gave, with the passphrase typed before.
    func importPicked(_ picked: URL) {
        let passphrase = importPassphrase
        importPassphrase = ""
        importFile(picked, passphrase: passphrase)
    }

    /// The core restores the export here (only while this phone holds nothing yet) or
    /// says why not. The picked file is read under its security-scoped access and
    /// copied first; if it cannot be copied the core reads it where it is and says
    /// what is wrong in its own words.
    func importFile(_ picked: URL, passphrase: String) {
        let scoped = picked.startAccessingSecurityScopedResource()
        defer {
            if scoped {
                picked.stopAccessingSecurityScopedResource()
            }
        }
        let copy = files.copyIn(picked)
        defer {
            if let copy {
                files.remove(copy)
            }
        }
        let path = (copy ?? picked).path
        guard core.write({ try $0.importHere(file: path, passphrase: passphrase) }) != nil else { return }
        // The export may bring another language choice: every screen in the core's words now.
        core.refresh()
        outcome.imported = true
    }

    /// Erases everything through the core once the typed word confirms it, then the
    /// app starts afresh at the welcome (`afterErase`). A wrong word changes nothing.
    func erase(typed: String, afterErase: () -> Void) {
        guard confirmsErase(typed) else { return }
        core.dismissProblem()
        // Not `write`: after this the companion refuses everything, so nothing reloads
        // from it; `afterErase` opens a new one.
        guard core.read({ try $0.eraseEverything() }) != nil else { return }
        files.clear()
        afterErase()
    }

    func confirmsErase(_ typed: String) -> Bool {
        core.read { $0.confirmsErase(typed: typed) } ?? false
    }
}
