import Foundation
import StegvisCore
import UserNotifications
@testable import StegvisKit

/// The data key in memory: the core's own tests do the same, the Keychain is tested apart.
final class MemoryKeyManager: KeyManager, @unchecked Sendable {
    private var key: Data?

    func loadKey() throws -> Data? {
        key
    }

    func storeKey(key: Data) throws {
        if self.key == nil {
            self.key = key
        }
    }

    func deleteKey() throws {
        key = nil
    }
}

/// A "now" the test fixes.
final class FixedClock: Clock, @unchecked Sendable {
    let instant: Date

    init(_ instant: Date) {
        self.instant = instant
    }

    func now() -> Date {
        instant
    }
}

/// A notification center that keeps what it was asked, as iOS would: a request with an
/// id already pending replaces it; one without a trigger is shown at once (delivered,
/// never pending).
final class RecordingCenter: PendingNotificationCenter, @unchecked Sendable {
    private let lock = NSLock()
    private var pending: [String: UNNotificationRequest] = [:]
    private(set) var delivered: [UNNotificationRequest] = []
    private(set) var categories: Set<UNNotificationCategory> = []
    private(set) var permissionRequests = 0
    private(set) var removed: [String] = []
    /// As iOS does before the person allowed notifications: every add is refused.
    var refusesUntilAsked = false

    struct NotAllowed: Error {}

    func requestPermission() async -> Bool {
        lock.withLock { permissionRequests += 1 }
        return true
    }

    func pendingRequests() async -> [UNNotificationRequest] {
        lock.withLock { Array(pending.values) }
    }

    func add(_ request: UNNotificationRequest) async throws {
        if lock.withLock({ refusesUntilAsked && permissionRequests == 0 }) {
            throw NotAllowed()
        }
        lock.withLock {
            if request.trigger == nil {
                delivered.append(request)
            } else {
                pending[request.identifier] = request
            }
        }
    }

    func removePending(identifiers: [String]) {
        lock.withLock {
            removed.append(contentsOf: identifiers)
            for id in identifiers {
                pending[id] = nil
            }
        }
    }

    func setCategories(_ categories: Set<UNNotificationCategory>) {
        lock.withLock { self.categories = categories }
    }

    func removeEverything() {
        lock.withLock {
            removed.append(contentsOf: pending.keys)
            pending.removeAll()
            delivered.removeAll()
        }
    }

    /// What is pending now, by id.
    var now: [String: UNNotificationRequest] {
        lock.withLock { pending }
    }
}

/// A real core on a real SQLite file in a new temporary folder, at a fixed moment.
final class TempCore {
    /// Monday 23 November 2026, 19:30 in Oslo (as in the app's tests).
    static let monday = Date(timeIntervalSince1970: 1_795_458_600)

    let folder: URL
    let companion: StegvisCompanion

    init(now: Date = TempCore.monday) throws {
        folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("stegvis-kit-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let config = OpenConfig(dataDir: folder.path, zone: "Europe/Oslo", language: .en)
        companion = try StegvisCompanion.openWithClock(config: config, keyManager: MemoryKeyManager(), clock: FixedClock(now))
    }

    /// A medicine taken at 08:00 and 20:00 every day, added through the core.
    @discardableResult
    func addMedicine(times: [String] = ["08:00", "20:00"]) throws -> Medication {
        let med = try companion.addMedication(medication: NewMedication(
            name: "Lithium", dose: "400 mg", form: nil, cue: nil, countOnHand: nil, unitsPerDose: nil, refillDays: nil
        ))
        return try companion.addSchedule(medicationId: med.id, schedule: NewSchedule(
            times: times, repeat: .daily, startDate: nil, endDate: nil, zonePolicy: .followDevice, amounts: nil
        ))
    }

    deinit {
        try? FileManager.default.removeItem(at: folder)
    }
}

/// What a callback was last told, readable from the test.
final class Told: @unchecked Sendable {
    private let lock = NSLock()
    private var told: Date?

    var value: Date? {
        lock.withLock { told }
    }

    func set(_ date: Date) {
        lock.withLock { told = date }
    }
}
