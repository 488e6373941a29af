import Foundation

/// The report PDF on the phone, as Android's ReportFiles: one file in the app's caches
/// folder `reports/` (never backed up, no permission needed, readable only after the
/// first unlock), replaced by the next report, so no older report lingers.
enum ReportFiles {
    static let folderName = "reports"

    /// `reports/` in the app's caches folder.
    static func defaultFolder() -> URL {
        let caches = FileManager.default.urls(for: .cachesDirectory, in: .userDomainMask)[0]
        return caches.appendingPathComponent(folderName, isDirectory: true)
    }

    /// Writes `bytes` as the only file of `folder`: the report made before is removed.
    static func keep(_ bytes: Data, name: String, in folder: URL) throws -> URL {
        let files = FileManager.default
        if files.fileExists(atPath: folder.path) {
            try files.removeItem(at: folder)
        }
        try files.createDirectory(at: folder, withIntermediateDirectories: true)
        // A name is the core's date, but never a path out of the folder.
        let file = folder.appendingPathComponent(URL(fileURLWithPath: name).lastPathComponent)
        try bytes.write(to: file, options: [.atomic, .completeFileProtectionUntilFirstUserAuthentication])
        return file
    }

    /// Removes the report folder and what is in it (after everything is erased).
    static func clear(_ folder: URL = defaultFolder()) {
        try? FileManager.default.removeItem(at: folder)
    }
}
