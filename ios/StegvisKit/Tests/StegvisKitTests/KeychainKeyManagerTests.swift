import Foundation
import Security
import StegvisCore
import XCTest
@testable import StegvisKit

/// The Keychain keeps the data key: stored once, read back, forgotten on erase; a core
/// opened twice with it reads its own data. Each test uses its own Keychain service.
final class KeychainKeyManagerTests: XCTestCase {
    private var keys: KeychainKeyManager!
    private var folders: [URL] = []

    override func setUpWithError() throws {
        keys = KeychainKeyManager(service: "no.stegvis.tests.\(UUID().uuidString)")
        // A Mac without a login keychain the test may use (a locked CI runner): nothing to test.
        do {
            try keys.deleteKey()
        } catch let problem as KeychainProblem where Self.unavailable.contains(problem.status) {
            throw XCTSkip("no Keychain available to this test run (\(problem.status))")
        }
    }

    override func tearDownWithError() throws {
        try keys?.deleteKey()
        for folder in folders {
            try? FileManager.default.removeItem(at: folder)
        }
    }

    func testStoreLoadDelete() throws {
        XCTAssertNil(try keys.loadKey())
        let key = Data((0 ..< 32).map { UInt8($0) })
        try keys.storeKey(key: key)
        XCTAssertEqual(try keys.loadKey(), key)
        try keys.deleteKey()
        XCTAssertNil(try keys.loadKey())
    }

    func testStoringTwiceKeepsTheFirst() throws {
        let first = Data(repeating: 1, count: 32)
        try keys.storeKey(key: first)
        try keys.storeKey(key: Data(repeating: 2, count: 32))
        XCTAssertEqual(try keys.loadKey(), first)
    }

    func testDeletingWhenThereIsNoneSucceeds() throws {
        XCTAssertNoThrow(try keys.deleteKey())
        XCTAssertNoThrow(try keys.deleteKey())
    }

    func testACoreOpenedTwiceReadsTheSameData() throws {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("stegvis-keychain-\(UUID().uuidString)", isDirectory: true)
        folders.append(folder)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let config = OpenConfig(dataDir: folder.path, zone: "Europe/Oslo", language: .en)

        var firstOpen: StegvisCompanion? = try StegvisCompanion.open(config: config, keyManager: keys)
        let med = try XCTUnwrap(firstOpen).addMedication(medication: NewMedication(
            name: "Lithium", dose: nil, form: nil, cue: nil, countOnHand: nil, unitsPerDose: nil, refillDays: nil
        ))
        XCTAssertNotNil(try keys.loadKey(), "the first open made and kept a data key")
        firstOpen = nil

        let again = try StegvisCompanion.open(config: config, keyManager: KeychainKeyManager(service: keys.service))
        XCTAssertEqual(try again.listMedications(includeStopped: true).map(\.id), [med.id])
    }

    /// What a Keychain says when a test process cannot use it at all: a missing
    /// entitlement, no keychain, a locked one that may not ask, none at all.
    private static let unavailable: Set<OSStatus> = [-34018, -25291, -25308, -25294]
}
