import Foundation
import StegvisCore
import StegvisKit

/// The app's one open core, from launch until everything is erased. If the data cannot
/// be opened (the Keychain is locked before the first unlock, the disk is damaged), it
/// says so in plain words instead of showing empty screens.
@MainActor
final class AppSession: ObservableObject {
    @Published private(set) var core: AppCore?
    /// Why the data could not be opened, in the device language.
    @Published private(set) var openProblem: String?
    /// Moves on with each core opened after an erase: the window starts every screen afresh.
    @Published private(set) var generation = 0
    let navigator = Navigator()

    /// Opens the data folder with the Keychain key (setting both up on the first run).
    func open() {
        guard core == nil else { return }
        do {
            let folder = try DataFolder.prepare()
            let companion = try CoreOpener.open(folder: folder)
            core = AppCore(companion: companion, deviceLanguage: CoreOpener.deviceLanguage()) { [weak self] in
                self?.changed()
            }
            openProblem = nil
            changed()
        } catch {
            let words = shellTextFor(lang: CoreOpener.deviceLanguage())
            openProblem = words["shell-ios-open-failed"] ?? "shell-ios-open-failed"
        }
    }

    /// Everything was erased (data and key): nothing of it stays behind on the phone (no
    /// reminder naming a medicine, no report in the caches), and the app starts afresh
    /// at the welcome.
    func afterErase() {
        ReminderScheduler.shared.forgetAll()
        ReportFiles.clear()
        OutgoingFile.removeAll()
        SharingInbox.shared.forget()
        SolveDrafts.forgetAll()
        core = nil
        generation += 1
        navigator.home()
        open()
    }

    /// After a write, and whenever time or the zone moved: the notifications follow the
    /// core's reminder plan again.
    func changed() {
        guard let core else { return }
        ReminderScheduler.shared.resync(core.companion)
    }
}
