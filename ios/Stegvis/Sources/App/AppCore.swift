import Foundation
import StegvisCore
import UIKit

/// The one door from the screens to the core, as on Android: screens read view records
/// and pass back what the person did through it. A refusal becomes the core's own
/// sentence (`problem`); after every write `revision` moves on, so every screen reloads,
/// and `onChanged` runs (the app re-syncs its notifications with the reminder plan).
@MainActor
final class AppCore: ObservableObject {
    let companion: StegvisCompanion
    /// The device's language, for "follow the device" in the language setting.
    let deviceLanguage: Lang
    private let onChanged: () -> Void

    /// The shell's words in the current language (the core's `shell-*.ftl`).
    @Published private(set) var strings: Strings
    /// Moves on after every write; screens reload when it changes.
    @Published private(set) var revision = 0
    /// The last refusal, in the core's words, shown until dismissed.
    @Published private(set) var problem: String?

    init(companion: StegvisCompanion, deviceLanguage: Lang, onChanged: @escaping () -> Void = {}) {
        self.companion = companion
        self.deviceLanguage = deviceLanguage
        self.onChanged = onChanged
        strings = Strings(companion.shellText())
    }

    /// Reads from the core; `nil` (and `problem` set) when the core refuses.
    func read<T>(_ block: (StegvisCompanion) throws -> T) -> T? {
        attempt(block)
    }

    /// Passes what the person did to the core; `nil` (and `problem` set) when refused,
    /// in which case nothing changed. On success every screen reloads.
    @discardableResult
    func write<T>(_ block: (StegvisCompanion) throws -> T) -> T? {
        // A new action: the last refusal was about the one before.
        problem = nil
        guard let result = attempt(block) else { return nil }
        revision += 1
        onChanged()
        return result
    }

    /// Something changed outside the screens (back to the front, a notification logged
    /// a dose, an import): every screen reloads, in the language the core now speaks.
    func refresh() {
        strings = Strings(companion.shellText())
        revision += 1
    }

    /// Something only the phone could do failed after the core had done its part (a file
    /// to send could not be written): said in the banner in the shell's words (`id`).
    func report(_ id: String) {
        say(strings[id])
    }

    /// The person read the refusal.
    func dismissProblem() {
        problem = nil
    }

    /// The person picked a language (`nil`: follow the device); every screen redraws in it.
    func chooseLanguage(_ choice: Lang?) {
        guard write({ try $0.chooseLanguage(choice: choice, device: deviceLanguage) }) != nil else { return }
        strings = Strings(companion.shellText())
    }

    /// The shell text of `id` in the current language.
    func text(_ id: String) -> String {
        strings[id]
    }

    private func attempt<T>(_ block: (StegvisCompanion) throws -> T) -> T? {
        do {
            return try block(companion)
        } catch let error as StegvisError {
            say(companion.describeError(error: error))
            return nil
        } catch {
            // Only a foreign callback can throw anything else; the core already mapped
            // it to "key unavailable", so there is nothing more to say here.
            say(strings["shell-ios-problem-unknown"])
            return nil
        }
    }

    /// Shows the refusal and has VoiceOver say it, every time (the same refusal twice
    /// is still news: otherwise a refused save sounds like one that worked).
    private func say(_ sentence: String) {
        problem = sentence
        UIAccessibility.post(notification: .announcement, argument: sentence)
    }
}
