import Foundation

/// Where the exports are written before the share sheet takes them, and where a picked
/// export is copied before the core reads it: a folder of the app's temporary
/// directory, never backed up, emptied after an erase.
struct SettingsFiles {
    static let exportName = "stegvis.export"
    static let readableName = "stegvis-readable"
    static let importName = "import.stegvis"

    let folder: URL

    init(folder: URL = FileManager.default.temporaryDirectory.appendingPathComponent("stegvis-exports", isDirectory: true)) {
        self.folder = folder
    }

    /// A fresh place named `name` in the folder: whatever an earlier export left there is gone.
    func place(_ name: String) -> URL {
        let url = folder.appendingPathComponent(name)
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try? FileManager.default.removeItem(at: url)
        return url
    }

    /// A copy of the picked file the core can read by path; `nil` when it cannot be read.
    func copyIn(_ picked: URL) -> URL? {
        let copy = place(Self.importName)
        do {
            try FileManager.default.copyItem(at: picked, to: copy)
            return copy
        } catch {
            return nil
        }
    }

    func remove(_ url: URL) {
        try? FileManager.default.removeItem(at: url)
    }

    /// After an erase no export of the old data stays behind.
    func clear() {
        try? FileManager.default.removeItem(at: folder)
    }
}
