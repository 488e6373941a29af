import Foundation
import StegvisCore

/// The last sharing file taken in, from a picked file or from a file another app opened
/// Stegvis with (Files, Mail, Messages, AirDrop: `.onOpenURL`), so the screen that opens
/// next shows what the core said about it. As Android's `SharingInbox` and `ReceivedFiles`:
/// only the bytes are read here; whether they are a plan or a notice for this phone, from
/// someone paired, is the core's to decide.
@MainActor
final class SharingInbox: ObservableObject {
    /// The app's one inbox: the app hands it opened files, the receive screen shows it.
    static let shared = SharingInbox()

    @Published private(set) var last: ReceivedEnvelope?

    /// Gives `envelope` to the core; false (and the core's sentence in the banner) when refused,
    /// in which case nothing changed.
    @discardableResult
    func receive(_ envelope: Data, core: AppCore) -> Bool {
        last = nil
        guard let received = core.write({ try $0.shareReceive(envelope: envelope) }) else { return false }
        last = received
        return true
    }

    /// Everything was erased: what came from someone else is not shown any more.
    func forget() {
        last = nil
    }

    /// The same for a file: its bytes (unreadable reads as empty, which the core refuses).
    @discardableResult
    func receive(fileAt url: URL, core: AppCore) -> Bool {
        receive(ReceivedFile.read(url), core: core)
    }

    /// The app was opened with a file: the core takes it in (or refuses it, in its own
    /// words) and the receive screen shows what came. Opens the data first if the app is
    /// only starting; a link that is not a file is not for sharing and is left alone.
    func open(_ url: URL, in session: AppSession) {
        guard url.isFileURL else { return }
        session.open()
        guard let core = session.core else { return }
        receive(fileAt: url, core: core)
        session.navigator.open(.shareReceive)
    }
}

/// Reads a received file, as Android's `ReceivedFiles`.
enum ReceivedFile {
    /// Read no further than this: the core refuses anything over 256 KiB anyway, so a
    /// larger file is cut here and refused there, without holding all of it in memory.
    static let readLimit = 512 * 1024

    /// Up to `readLimit` + 1 bytes of the file at `url`; empty when it cannot be read.
    /// A file from the picker or another app may lie outside the app's own folders: it
    /// is opened with the access the system granted for it, and let go again at once.
    static func read(_ url: URL) -> Data {
        let scoped = url.startAccessingSecurityScopedResource()
        defer {
            if scoped {
                url.stopAccessingSecurityScopedResource()
            }
        }
        guard let handle = try? FileHandle(forReadingFrom: url) else { return Data() }
        defer { try? handle.close() }
        return (try? handle.read(upToCount: readLimit + 1)) ?? Data()
    }
}
