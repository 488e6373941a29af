import BackgroundTasks
import StegvisCore
import StegvisKit
import UIKit
import UserNotifications

/// The app's glue with the phone, as Android's receivers and MainActivity: Taken and
/// Snooze on a dose reminder go to the core without opening the app; a tapped reminder
/// opens its screen; reminders show while the app is open too; and when the clock or
/// the zone moved, the core learns the zone and the reminders are scheduled again.
@MainActor
final class AppDelegate: NSObject, UIApplicationDelegate, UNUserNotificationCenterDelegate {
    /// The app's one session: the window shows it, and Taken or Snooze answered while the
    /// app runs in the background (no window yet) use the same open core.
    let session = AppSession()

    /// The zone the core was last told, so a return to the front only writes when it moved.
    private var zoneTold: String?
    /// The background refresh under way, completed exactly once (done or stopped by iOS).
    private var refreshing: BGTask?
    /// The observers of the clock, the zone and the return to the front.
    private var observers: [NSObjectProtocol] = []

    func application(
        _ application: UIApplication,
        didFinishLaunchingWithOptions launchOptions: [UIApplication.LaunchOptionsKey: Any]?
    ) -> Bool {
        // Set before launching ends, so a reminder that launched the app is delivered here.
        UNUserNotificationCenter.current().delegate = self
        // Files handed to a share sheet that was still open when the app last closed
        // (a readable export among them) do not stay on the phone.
        OutgoingFile.removeAll()
        SettingsFiles().clear()
        registerRefresh()
        let center = NotificationCenter.default
        let moved: [Notification.Name] = [UIApplication.significantTimeChangeNotification, .NSSystemTimeZoneDidChange]
        for name in moved {
            observers.append(center.addObserver(forName: name, object: nil, queue: .main) { _ in
                // The app delegate lives as long as the app: held strongly, on purpose.
                Task { @MainActor in self.timeMoved() }
            })
        }
        observers.append(center.addObserver(
            forName: UIApplication.didBecomeActiveNotification, object: nil, queue: .main
        ) { _ in
            Task { @MainActor in self.becameActive() }
        })
        return true
    }

    // MARK: - Rolling the reminders forward in the background

    /// The background task that builds the reminder plan again. iOS keeps at most 64
    /// notifications, so the plan covers days, not months: without this, someone who
    /// does not open Stegvis for a week would stop being reminded.
    static let refreshTask = "no.stegvis.app.reminders"

    /// How soon after one refresh the next is asked for; iOS picks the moment.
    private static let refreshEvery: TimeInterval = 12 * 60 * 60

    private func registerRefresh() {
        BGTaskScheduler.shared.register(forTaskWithIdentifier: Self.refreshTask, using: nil) { task in
            Task { @MainActor in self.refreshInBackground(task) }
        }
        // Every plan scheduled moves the next refresh to before that plan runs out.
        ReminderScheduler.shared.onScheduled = { _ in
            Task { @MainActor in self.scheduleRefresh() }
        }
        scheduleRefresh()
    }

    /// Asks for the next refresh within 12 hours, and an hour before the last plan scheduled
    /// runs out if that is sooner (many doses a day make the plan's window short).
    private func scheduleRefresh() {
        let request = BGAppRefreshTaskRequest(identifier: Self.refreshTask)
        var earliest = Date(timeIntervalSinceNow: Self.refreshEvery)
        if let validUntil = ReminderScheduler.shared.validUntil {
            earliest = max(Date(), min(earliest, validUntil.addingTimeInterval(-60 * 60)))
        }
        request.earliestBeginDate = earliest
        // Refused in the simulator and when the person turned Background App Refresh
        // off: then the plan rolls forward whenever the app is opened.
        try? BGTaskScheduler.shared.submit(request)
    }

    private func refreshInBackground(_ task: BGTask) {
        // The next one is asked for first, so the chain goes on even if iOS stops this one.
        scheduleRefresh()
        session.open()
        guard let companion = session.core?.companion else {
            task.setTaskCompleted(success: false)
            return
        }
        refreshing = task
        let sync = ReminderScheduler.shared.resync(companion)
        task.expirationHandler = {
            sync.cancel()
            Task { @MainActor in self.finishRefresh(success: false) }
        }
        Task {
            await sync.value
            self.finishRefresh(success: true)
        }
    }

    private func finishRefresh(success: Bool) {
        refreshing?.setTaskCompleted(success: success)
        refreshing = nil
    }

    /// Back at the front (and at launch): the data opened if it was not (the Keychain
    /// may have been locked), the zone told if it moved, the day may be another and a
    /// reminder may have logged a dose, so every screen reloads once and the reminders
    /// follow the plan again; the next background refresh follows that plan.
    private func becameActive() {
        session.open()
        tellZoneIfMoved()
        reloadAndResync()
        scheduleRefresh()
    }

    /// Midnight, a clock set by hand, a new zone (travel, daylight saving): the core
    /// learns the zone, every screen reloads (the day may be another) and the reminders
    /// follow the plan again.
    private func timeMoved() {
        zoneTold = nil
        tellZoneIfMoved()
        reloadAndResync()
    }

    /// Tells the core the device's zone if it moved since the core was last told (at
    /// start, back at the front, after a change), as Android does.
    private func tellZoneIfMoved() {
        guard let core = session.core else { return }
        let zone = CoreOpener.deviceZone()
        guard zone != zoneTold else { return }
        zoneTold = zone
        CoreOpener.followDeviceZone(core.companion)
    }

    private func reloadAndResync() {
        session.core?.refresh()
        session.changed()
    }

    // MARK: - UNUserNotificationCenterDelegate

    /// A reminder due while the app is open shows as a banner too; the window of the
    /// plan has moved on by one, so the reminders are synced again (iOS runs nothing at a
    /// set time for an app, so each chance to roll the window forward is taken).
    nonisolated func userNotificationCenter(
        _ center: UNUserNotificationCenter,
        willPresent notification: UNNotification,
        withCompletionHandler completionHandler: @escaping (UNNotificationPresentationOptions) -> Void
    ) {
        completionHandler([.banner, .list, .sound])
        Task { @MainActor in
            self.session.core?.refresh()
            self.session.changed()
        }
    }

    /// Taken or Snooze: logged through the core, then re-synced and every screen reloaded.
    /// A tap on the reminder itself: its screen opens.
    nonisolated func userNotificationCenter(
        _ center: UNUserNotificationCenter,
        didReceive response: UNNotificationResponse,
        withCompletionHandler completionHandler: @escaping () -> Void
    ) {
        let tap = ReminderTap(content: response.notification.request.content)
        let actionIdentifier = response.actionIdentifier
        Task { @MainActor in
            await self.respond(actionIdentifier: actionIdentifier, tap: tap)
            completionHandler()
        }
    }

    private func respond(actionIdentifier: String, tap: ReminderTap?) async {
        guard let tap else { return }
        if let answer = ReminderAnswer(actionIdentifier: actionIdentifier) {
            guard let companion = openCompanion() else {
                // The data could not be opened (the phone not yet unlocked since it was
                // started): the reminder comes back saying so, never a silent loss.
                let words = shellTextFor(lang: CoreOpener.deviceLanguage())
                let sentence = words["shell-ios-open-failed"] ?? tap.title
                try? await UNUserNotificationCenter.current().add(NotificationSync.refusal(tap, sentence: sentence))
                return
            }
            await ReminderScheduler.shared.answer(answer, to: tap, companion: companion).value
            session.core?.refresh()
            return
        }
        guard actionIdentifier == UNNotificationDefaultActionIdentifier else { return }
        let route = Self.route(for: tap.kind)
        // Someone in the middle of a screen (a check-in half done, a form) stays there: a
        // reminder for Today does not wipe what they were writing. Before the window is
        // up the route waits in the navigator's path.
        if route == .today, !session.navigator.path.isEmpty {
            return
        }
        session.navigator.open(route)
    }

    /// The open core, opened now if Taken or Snooze woke the app in the background.
    private func openCompanion() -> StegvisCompanion? {
        session.open()
        return session.core?.companion
    }

    /// A tapped check-in or IMR Scale reminder opens its screen; every other one today's
    /// view, as on Android.
    static func route(for kind: ReminderKind?) -> Route {
        switch kind {
        case .some(.checkin): return .checkin
        case .some(.scale): return .scale
        default: return .today
        }
    }
}
