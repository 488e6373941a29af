import Foundation
import StegvisCore
import XCTest
@testable import Stegvis

/// Settings against the real core: the language, the reminders, an export brought back
/// on an empty phone, erasing everything, and passphrases the export refuses.
@MainActor
final class SettingsFlowTests: XCTestCase {
    /// A model writing its exports to a folder of this test only.
    private func makeModel(_ test: TestCore) -> (SettingsModel, SettingsFiles) {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("stegvis-test-exports-\(UUID().uuidString)", isDirectory: true)
        addTeardownBlock {
            try? FileManager.default.removeItem(at: folder)
        }
        let files = SettingsFiles(folder: folder)
        let model = SettingsModel(core: test.core, files: files)
        model.load()
        return (model, files)
    }

    func testChoosingALanguageChangesTheWordsAndFollowingThePhoneBringsThemBack() throws {
        let test = try TestCore()
        let (model, _) = makeModel(test)
        let english = test.core.text("shell-nav-settings")
        XCTAssertNil(try XCTUnwrap(model.view).language)

        model.chooseLanguage(.nb)
        model.load()
        XCTAssertEqual(try test.companion.languageChoice(), .nb)
        XCTAssertEqual(try XCTUnwrap(model.view).language, .nb)
        XCTAssertEqual(test.core.text("shell-nav-settings"), shellTextFor(lang: .nb)["shell-nav-settings"])
        XCTAssertNotEqual(test.core.text("shell-nav-settings"), english)

        model.chooseLanguage(nil)
        model.load()
        XCTAssertNil(try test.companion.languageChoice())
        XCTAssertNil(try XCTUnwrap(model.view).language)
        XCTAssertEqual(test.core.text("shell-nav-settings"), english)
    }

    func testReminderSettingsReachTheCore() throws {
        let test = try TestCore()
        let (model, _) = makeModel(test)
        var settings = try XCTUnwrap(model.view).reminders

        settings.checkinTime = "21:15"
        settings.showNames = !settings.showNames
        model.setReminders(settings)
        XCTAssertEqual(try test.companion.reminderSettings(), settings)

        settings.checkinTime = nil
        model.setReminders(settings)
        model.load()
        XCTAssertNil(try test.companion.reminderSettings().checkinTime)
        XCTAssertNil(try XCTUnwrap(model.view).reminders.checkinTime)
    }

    func testAnExportBroughtBackOnAnEmptyPhoneHoldsTheGoals() throws {
        let test = try TestCore()
        let (model, _) = makeModel(test)
        let passphrase = "four words to remember"

        model.export(passphrase: passphrase, again: passphrase)
        XCTAssertNil(test.core.problem)
        let path = try XCTUnwrap(model.outcome.export)
        XCTAssertTrue(FileManager.default.fileExists(atPath: path))
        XCTAssertEqual(model.sharing?.urls, [URL(fileURLWithPath: path)])

        let empty = try TestCore(demo: false)
        let (newPhone, _) = makeModel(empty)
        newPhone.importFile(URL(fileURLWithPath: path), passphrase: passphrase)
        XCTAssertNil(empty.core.problem)
        XCTAssertTrue(newPhone.outcome.imported)
        let goals = try test.companion.listGoals(filter: .all).map(\.text)
        XCTAssertFalse(goals.isEmpty)
        XCTAssertEqual(try empty.companion.listGoals(filter: .all).map(\.text), goals)
        XCTAssertFalse(try empty.companion.isFirstRun())
        // The share sheet closed: no copy stays in the app's folder.
        model.sharingClosed()
        XCTAssertNil(model.sharing)
        XCTAssertFalse(FileManager.default.fileExists(atPath: path))
    }

    func testAnImportIsRefusedWhereSomethingIsKeptAndChangesNothing() throws {
        let test = try TestCore()
        let (model, _) = makeModel(test)
        model.export(passphrase: "four words to remember", again: "four words to remember")
        let path = try XCTUnwrap(model.outcome.export)
        let goals = try test.companion.listGoals(filter: .all)

        model.importFile(URL(fileURLWithPath: path), passphrase: "four words to remember")
        XCTAssertNotNil(test.core.problem)
        XCTAssertFalse(model.outcome.imported)
        XCTAssertEqual(try test.companion.listGoals(filter: .all), goals)
    }

    func testMismatchedOrShortPassphrasesWriteNothing() throws {
        let test = try TestCore()
        let (model, files) = makeModel(test)
        let file = files.folder.appendingPathComponent(SettingsFiles.exportName)

        model.export(passphrase: "four words to remember", again: "four words to forget")
        XCTAssertTrue(model.outcome.passphraseMismatch)
        XCTAssertNil(test.core.problem)
        XCTAssertNil(model.outcome.export)
        XCTAssertNil(model.sharing)
        XCTAssertFalse(FileManager.default.fileExists(atPath: file.path))

        model.export(passphrase: "short", again: "short")
        XCTAssertFalse(model.outcome.passphraseMismatch)
        XCTAssertNotNil(test.core.problem)
        XCTAssertNil(model.outcome.export)
        XCTAssertNil(model.sharing)
        XCTAssertFalse(FileManager.default.fileExists(atPath: file.path))
        XCTAssertEqual(test.core.revision, 0)
    }

    func testErasingNeedsTheWordThenLeavesNothing() throws {
        let test = try TestCore()
        let (model, _) = makeModel(test)
        var restarted = false

        model.erase(typed: "not the word") { restarted = true }
        XCTAssertFalse(restarted)
        XCTAssertFalse(try test.companion.listGoals(filter: .all).isEmpty)

        let word = test.core.text("shell-settings-erase-word")
        XCTAssertTrue(model.confirmsErase(word))
        model.erase(typed: word) { restarted = true }
        XCTAssertTrue(restarted)
        XCTAssertNil(test.core.problem)
        XCTAssertThrowsError(try test.companion.listGoals(filter: .all))

        // The folder opened afresh (as the app does after an erase) holds nothing: the welcome.
        let config = OpenConfig(dataDir: test.folder.path, zone: "Europe/Oslo", language: .en)
        let reopened = try StegvisCompanion.openWithClock(config: config, keyManager: PreviewKeyManager(), clock: test.clock)
        XCTAssertTrue(try reopened.isFirstRun())
        XCTAssertTrue(try reopened.listGoals(filter: .all).isEmpty)
    }
}
