import Foundation
import StegvisCore

/// Runs the reminder sync off the main thread, one at a time and in the order asked
/// (a later change always syncs after an earlier one). The person is asked whether
/// Stegvis may remind them once, when there is first something to remind of (not on the
/// welcome screen). The app calls `resync` after every change, at launch, back at the
/// front, and when the clock or the zone moved.
public final class ReminderScheduler: @unchecked Sendable {
    /// The app's scheduler over the phone's notification center.
    public static let shared = ReminderScheduler(center: SystemNotificationCenter())

    /// The sync it runs; tests pass a recording center.
    public let sync: NotificationSync
    private let center: PendingNotificationCenter
    private let lock = NSLock()
    private var last: Task<Void, Never>?
    private var permissionAsked = false
    private var planValidUntil: Date?

    /// Told when a plan was scheduled, with the moment it stops being complete (the app
    /// asks for its background refresh before then). Called off the main thread.
    public var onScheduled: (@Sendable (Date) -> Void)? {
        get { lock.withLock { scheduled } }
        set { lock.withLock { scheduled = newValue } }
    }

    private var scheduled: (@Sendable (Date) -> Void)?

    /// Until when the last plan scheduled is complete: the sync must run again before
    /// then (the background refresh asks for a moment before it).
    public var validUntil: Date? {
        lock.withLock { planValidUntil }
    }

    /// One piece of work in line with the syncs.
    private typealias SyncWork = (NotificationSync) async -> Void

    public init(center: PendingNotificationCenter) {
        self.center = center
        sync = NotificationSync(center: center)
    }

    /// Makes the pending notifications the core's plan again, after any sync already asked for.
    @discardableResult
    public func resync(_ companion: StegvisCompanion) -> Task<Void, Never> {
        enqueue { [weak self] sync in
            guard let self, let plan = try? companion.reminderPlan() else { return }
            // Asked before anything is added (iOS refuses a notification until it is
            // allowed), and only once there is something to remind of.
            if !plan.reminders.isEmpty {
                await self.askPermissionOnce()
            }
            do {
                try await sync.schedule(plan, words: companion.shellText())
            } catch {
                return
            }
            let told = self.lock.withLock { () -> (@Sendable (Date) -> Void)? in
                self.planValidUntil = plan.validUntil
                return self.scheduled
            }
            told?(plan.validUntil)
        }
    }

    /// Everything was erased: no reminder, scheduled or shown, may still name what was there.
    @discardableResult
    public func forgetAll() -> Task<Void, Never> {
        let center = center
        return enqueue { _ in
            center.removeEverything()
        }
    }

    /// Taken or Snooze on `tap`, logged through the core, then a re-sync; in line with the syncs.
    @discardableResult
    public func answer(_ answer: ReminderAnswer, to tap: ReminderTap, companion: StegvisCompanion) -> Task<Void, Never> {
        enqueue { sync in
            await sync.answer(answer, to: tap, companion: companion)
        }
    }

    private func enqueue(_ work: @escaping SyncWork) -> Task<Void, Never> {
        lock.lock()
        defer { lock.unlock() }
        let previous = last
        let sync = sync
        let task = Task.detached(priority: .utility) {
            await previous?.value
            await work(sync)
        }
        last = task
        return task
    }

    /// Only the first call asks; the person's answer is the phone's to keep.
    private func askPermissionOnce() async {
        let ask = lock.withLock { () -> Bool in
            let first = !permissionAsked
            permissionAsked = true
            return first
        }
        if ask {
            _ = await center.requestPermission()
        }
    }
}
