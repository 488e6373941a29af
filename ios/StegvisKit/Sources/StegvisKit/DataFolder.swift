import Foundation

/// Where the app keeps its database: `Application Support/Stegvis`, readable from the
/// first unlock after a restart (so reminders work on a locked phone), and excluded
/// from iCloud and computer backups, since the data key stays on this device only and
/// a backup of the data could never be opened anyway.
public enum DataFolder {
    /// Makes the folder if needed, with its protection and backup exclusion, and returns it.
    public static func prepare(
        base: URL? = nil,
        fileManager: FileManager = .default
    ) throws -> URL {
        let root = try base ?? fileManager.url(
            for: .applicationSupportDirectory, in: .userDomainMask, appropriateFor: nil, create: true
        )
        var folder = root.appendingPathComponent("Stegvis", isDirectory: true)
        var attributes: [FileAttributeKey: Any] = [:]
        #if os(iOS)
            attributes[.protectionKey] = FileProtectionType.completeUntilFirstUserAuthentication
        #endif
        try fileManager.createDirectory(at: folder, withIntermediateDirectories: true, attributes: attributes)
        if !attributes.isEmpty {
            try fileManager.setAttributes(attributes, ofItemAtPath: folder.path)
        }
        var values = URLResourceValues()
        values.isExcludedFromBackup = true
        try folder.setResourceValues(values)
        return folder
    }
}
