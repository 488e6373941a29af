import Foundation
import UserNotifications

/// The few things the reminder sync asks of the phone's notification center, so the sync
/// can run against a recording center in `swift test` (the system's center needs an app
/// bundle and cannot run there).
public protocol PendingNotificationCenter: AnyObject, Sendable {
    /// Asks the person once whether Stegvis may remind them; `false` if they said no.
    func requestPermission() async -> Bool
    /// Every notification scheduled and not yet delivered.
    func pendingRequests() async -> [UNNotificationRequest]
    /// Schedules `request`; one with the same identifier is replaced.
    func add(_ request: UNNotificationRequest) async throws
    /// Unschedules the notifications with these identifiers (unknown ones are ignored).
    func removePending(identifiers: [String])
    /// The kinds of notification with their buttons (Taken, Snooze).
    func setCategories(_ categories: Set<UNNotificationCategory>)
    /// Forgets every notification, scheduled or already shown (everything was erased).
    func removeEverything()
}

/// The phone's own notification center behind `PendingNotificationCenter`.
public final class SystemNotificationCenter: PendingNotificationCenter, @unchecked Sendable {
    private let center: UNUserNotificationCenter

    public init(center: UNUserNotificationCenter = .current()) {
        self.center = center
    }

    public func requestPermission() async -> Bool {
        do {
            return try await center.requestAuthorization(options: [.alert, .sound, .badge])
        } catch {
            return false
        }
    }

    public func pendingRequests() async -> [UNNotificationRequest] {
        await center.pendingNotificationRequests()
    }

    public func add(_ request: UNNotificationRequest) async throws {
        try await center.add(request)
    }

    public func removePending(identifiers: [String]) {
        center.removePendingNotificationRequests(withIdentifiers: identifiers)
    }

    public func setCategories(_ categories: Set<UNNotificationCategory>) {
        center.setNotificationCategories(categories)
    }

    public func removeEverything() {
        center.removeAllPendingNotificationRequests()
        center.removeAllDeliveredNotifications()
    }
}
