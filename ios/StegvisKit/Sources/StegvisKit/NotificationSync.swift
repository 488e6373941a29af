import Foundation
import StegvisCore
import UserNotifications

/// Makes the phone's pending notifications exactly the core's reminder plan: a rolling
/// window the core keeps under iOS's 64 pending notifications. Every reminder of the plan
/// is (re)scheduled under its own id, so the same reminder replaces itself; every pending
/// one the plan no longer has is removed. The words on the lock screen are the core's
/// (they name no medicine unless the person allowed it); dose reminders get Taken and
/// Snooze, answered through the core without opening the app.
public struct NotificationSync: Sendable {
    /// iOS keeps at most 64 pending notifications per app and silently drops the rest.
    public static let maxPending = 64
    /// The kind of notification a dose (or snoozed dose) reminder is: it has Taken and Snooze.
    public static let doseCategory = "no.stegvis.dose"
    /// "Taken" on a dose reminder.
    public static let takenAction = "no.stegvis.taken"
    /// "In 10 minutes" on a dose reminder.
    public static let snoozeAction = "no.stegvis.snooze"
    /// What the Snooze button says (`shell-notify-snooze`); the core allows 10, 30 or 60.
    public static let snoozeMinutes: UInt32 = 10

    /// What each notification carries back when it is answered or tapped.
    enum Key {
        static let reminderId = "reminderId"
        static let kind = "kind"
        static let occurrenceIds = "occurrenceIds"
    }

    let center: PendingNotificationCenter

    public init(center: PendingNotificationCenter) {
        self.center = center
    }

    /// Builds the plan in `companion` and schedules exactly it; returns the plan scheduled.
    @discardableResult
    public func sync(_ companion: StegvisCompanion) async throws -> ReminderPlan {
        let plan = try companion.reminderPlan()
        try await schedule(plan, words: companion.shellText())
        return plan
    }

    /// Schedules exactly `plan` (built by the caller), its buttons titled from `words`.
    /// A reminder the phone refuses does not keep the others from being scheduled; the
    /// first refusal is thrown after all were tried.
    public func schedule(_ plan: ReminderPlan, words: [String: String]) async throws {
        center.setCategories(Self.categories(words))
        // The core keeps its window under the limit; should it ever not, the earliest 64
        // are kept rather than letting iOS drop some at random.
        assert(plan.reminders.count <= Self.maxPending, "the reminder plan is over iOS's 64 pending notifications")
        let reminders = Array(plan.reminders.prefix(Self.maxPending))
        let wanted = Set(reminders.map(\.id))
        let stale = await center.pendingRequests().map(\.identifier).filter { !wanted.contains($0) }
        if !stale.isEmpty {
            center.removePending(identifiers: stale)
        }
        var firstProblem: Error?
        for reminder in reminders {
            do {
                try await center.add(Self.request(for: reminder, now: plan.generatedAt))
            } catch {
                firstProblem = firstProblem ?? error
            }
        }
        if let firstProblem {
            throw firstProblem
        }
    }

    /// The person pressed Taken or Snooze on `tap`: every dose the reminder listed is
    /// logged through the core (doses already logged stay as they were), and the
    /// notifications follow the new plan (a snooze is a new reminder in it). If the core
    /// refuses, the reminder comes back at once with the core's sentence in it, and
    /// nothing was logged.
    @discardableResult
    public func answer(
        _ answer: ReminderAnswer,
        to tap: ReminderTap,
        companion: StegvisCompanion
    ) async -> ReminderDoses? {
        var logged: ReminderDoses?
        do {
            logged = try Self.log(answer, tap: tap, companion: companion)
        } catch let error as StegvisError {
            try? await center.add(Self.refusal(tap, sentence: companion.describeError(error: error)))
        } catch {
            // Only a foreign callback throws anything else; the reminder stays as it was.
        }
        _ = try? await sync(companion)
        return logged
    }

    /// Logs the doses of `tap` in the core: those the notification kept when it was
    /// scheduled, or else the reminder's own (as Android's receiver does).
    static func log(_ answer: ReminderAnswer, tap: ReminderTap, companion: StegvisCompanion) throws -> ReminderDoses {
        let action: DoseAction
        switch answer {
        case .taken:
            action = .take(at: nil)
        case .snooze:
            action = .snooze(minutes: snoozeMinutes)
        }
        if tap.occurrenceIds.isEmpty {
            return try companion.logReminderDoses(reminderId: tap.reminderId, action: action)
        }
        return try companion.logDoses(occurrenceIds: tap.occurrenceIds, action: action)
    }

    /// The dose category with its two buttons, titled in the person's language.
    static func categories(_ text: [String: String]) -> Set<UNNotificationCategory> {
        let taken = UNNotificationAction(
            identifier: takenAction,
            title: text["shell-notify-taken"] ?? "shell-notify-taken",
            options: []
        )
        let snooze = UNNotificationAction(
            identifier: snoozeAction,
            title: text["shell-notify-snooze"] ?? "shell-notify-snooze",
            options: []
        )
        let dose = UNNotificationCategory(
            identifier: doseCategory,
            actions: [taken, snooze],
            intentIdentifiers: [],
            options: []
        )
        return [dose]
    }

    /// One reminder as a notification: the core's title and lock-screen text, due at the
    /// core's instant (counted from the core's "now", so a changed clock or zone only
    /// needs a re-sync), carrying its id, kind and doses back.
    static func request(for reminder: Reminder, now: Date) -> UNNotificationRequest {
        let content = UNMutableNotificationContent()
        content.title = reminder.title
        content.body = reminder.body
        content.sound = .default
        content.threadIdentifier = kindName(reminder.kind)
        content.userInfo = [
            Key.reminderId: reminder.id,
            Key.kind: kindName(reminder.kind),
            Key.occurrenceIds: reminder.occurrenceIds,
        ]
        if isDose(reminder.kind) {
            content.categoryIdentifier = doseCategory
        }
        // A time interval must be positive; a reminder due now shows in a second.
        let seconds = max(1, reminder.at.timeIntervalSince(now))
        let trigger = UNTimeIntervalNotificationTrigger(timeInterval: seconds, repeats: false)
        return UNNotificationRequest(identifier: reminder.id, content: content, trigger: trigger)
    }

    /// The reminder again, now, with the core's sentence saying why the answer was refused.
    public static func refusal(_ tap: ReminderTap, sentence: String) -> UNNotificationRequest {
        let content = UNMutableNotificationContent()
        content.title = tap.title
        content.body = sentence
        content.threadIdentifier = kindName(tap.kind ?? .dose)
        content.userInfo = tap.userInfo
        content.categoryIdentifier = doseCategory
        return UNNotificationRequest(identifier: tap.reminderId, content: content, trigger: nil)
    }

    /// Dose reminders and snoozed doses can be answered from the notification.
    public static func isDose(_ kind: ReminderKind) -> Bool {
        kind == .dose || kind == .snooze
    }

    /// A stable name for each kind, carried in the notification.
    public static func kindName(_ kind: ReminderKind) -> String {
        switch kind {
        case .dose: return "dose"
        case .snooze: return "snooze"
        case .checkin: return "checkin"
        case .followUp: return "follow-up"
        case .step: return "step"
        case .refill: return "refill"
        case .scale: return "scale"
        }
    }

    /// The kind a notification carried, if it is one of the core's.
    public static func kind(named name: String) -> ReminderKind? {
        let kinds: [ReminderKind] = [.dose, .snooze, .checkin, .followUp, .step, .refill, .scale]
        return kinds.first { kindName($0) == name }
    }
}

/// The button pressed on a dose reminder.
public enum ReminderAnswer: Equatable, Sendable {
    case taken
    case snooze

    /// The answer of a notification's action, or `nil` for a tap on the notification itself.
    public init?(actionIdentifier: String) {
        switch actionIdentifier {
        case NotificationSync.takenAction: self = .taken
        case NotificationSync.snoozeAction: self = .snooze
        default: return nil
        }
    }
}

/// What a delivered reminder carries back: its id, kind, doses and title.
public struct ReminderTap: Equatable, Sendable {
    public let reminderId: String
    public let kindName: String
    public let occurrenceIds: [String]
    public let title: String

    public init(reminderId: String, kindName: String, occurrenceIds: [String], title: String) {
        self.reminderId = reminderId
        self.kindName = kindName
        self.occurrenceIds = occurrenceIds
        self.title = title
    }

    /// The reminder of a notification Stegvis scheduled; `nil` for any other.
    public init?(content: UNNotificationContent) {
        let info = content.userInfo
        guard let id = info[NotificationSync.Key.reminderId] as? String,
              let kind = info[NotificationSync.Key.kind] as? String
        else {
            return nil
        }
        let occurrences = info[NotificationSync.Key.occurrenceIds] as? [String] ?? []
        self.init(reminderId: id, kindName: kind, occurrenceIds: occurrences, title: content.title)
    }

    /// The core's kind of this reminder (a check-in opens the check-in, and so on).
    public var kind: ReminderKind? {
        NotificationSync.kind(named: kindName)
    }

    var userInfo: [AnyHashable: Any] {
        [
            NotificationSync.Key.reminderId: reminderId,
            NotificationSync.Key.kind: kindName,
            NotificationSync.Key.occurrenceIds: occurrenceIds,
        ]
    }
}
