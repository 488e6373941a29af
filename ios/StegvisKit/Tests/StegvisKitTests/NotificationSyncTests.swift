import Foundation
import StegvisCore
import UserNotifications
import XCTest
@testable import StegvisKit

/// The sync against a real core: what is pending is the core's reminder plan, in the
/// core's words, never over 64, and Taken on a dose reminder logs the dose in the core.
final class NotificationSyncTests: XCTestCase {
    func testPendingIsThePlanInTheCoresWords() async throws {
        let test = try TempCore()
        try test.addMedicine()
        let center = RecordingCenter()
        let sync = NotificationSync(center: center)

        let plan = try await sync.sync(test.companion)

        XCTAssertFalse(plan.reminders.isEmpty)
        let pending = center.now
        XCTAssertEqual(Set(pending.keys), Set(plan.reminders.map(\.id)))
        XCTAssertLessThanOrEqual(pending.count, NotificationSync.maxPending)

        let dose = try XCTUnwrap(plan.reminders.first { $0.kind == .dose })
        let request = try XCTUnwrap(pending[dose.id])
        XCTAssertEqual(request.content.title, dose.title)
        XCTAssertEqual(request.content.body, dose.body)
        XCTAssertEqual(request.content.categoryIdentifier, NotificationSync.doseCategory)
        XCTAssertEqual(request.content.userInfo["reminderId"] as? String, dose.id)
        XCTAssertEqual(request.content.userInfo["occurrenceIds"] as? [String], dose.occurrenceIds)
        // Due at the core's instant, counted from the core's "now".
        let trigger = try XCTUnwrap(request.trigger as? UNTimeIntervalNotificationTrigger)
        XCTAssertEqual(trigger.timeInterval, dose.at.timeIntervalSince(plan.generatedAt), accuracy: 0.001)

        // Taken and Snooze, titled with the core's shell text.
        let text = test.companion.shellText()
        let category = try XCTUnwrap(center.categories.first { $0.identifier == NotificationSync.doseCategory })
        XCTAssertEqual(category.actions.map(\.identifier), [NotificationSync.takenAction, NotificationSync.snoozeAction])
        XCTAssertEqual(category.actions.map(\.title), [text["shell-notify-taken"] ?? "", text["shell-notify-snooze"] ?? ""])
    }

    func testANextSyncRemovesWhatThePlanNoLongerHas() async throws {
        let test = try TempCore()
        let med = try test.addMedicine()
        let center = RecordingCenter()
        let sync = NotificationSync(center: center)
        try await sync.sync(test.companion)
        XCTAssertFalse(center.now.isEmpty)

        // The medicine is stopped: none of its reminders may stay pending.
        _ = try test.companion.setMedicationStatus(medicationId: med.id, status: .stopped)
        let plan = try await sync.sync(test.companion)

        XCTAssertEqual(Set(center.now.keys), Set(plan.reminders.map(\.id)))
        XCTAssertFalse(center.now.values.contains { $0.content.categoryIdentifier == NotificationSync.doseCategory })
    }

    func testNeverMoreThan64Pending() async throws {
        let test = try TempCore()
        // As many doses a day as a person could type: the core's window stays under iOS's limit.
        try test.addMedicine(times: ["06:00", "08:00", "10:00", "12:00", "14:00", "16:00", "18:00", "20:00", "22:00"])
        try test.addMedicine(times: ["07:00", "09:00", "11:00", "13:00", "15:00", "17:00", "19:00", "21:00", "23:00"])
        let center = RecordingCenter()
        let plan = try await NotificationSync(center: center).sync(test.companion)
        XCTAssertLessThanOrEqual(plan.reminders.count, NotificationSync.maxPending)
        XCTAssertLessThanOrEqual(center.now.count, NotificationSync.maxPending)
        XCTAssertEqual(center.now.count, plan.reminders.count)
    }

    func testTakenLogsTheDoseInTheCoreAndItIsNoLongerReminded() async throws {
        let test = try TempCore()
        let med = try test.addMedicine()
        let center = RecordingCenter()
        let sync = NotificationSync(center: center)
        let plan = try await sync.sync(test.companion)
        let dose = try XCTUnwrap(plan.reminders.first { $0.kind == .dose })
        let tap = try XCTUnwrap(ReminderTap(content: XCTUnwrap(center.now[dose.id]).content))
        XCTAssertEqual(tap.kind, .dose)

        let logged = await sync.answer(.taken, to: tap, companion: test.companion)

        XCTAssertEqual(logged?.logged.count, dose.occurrenceIds.count)
        let history = try test.companion.medicationHistory(medicationId: med.id, days: 1)
        XCTAssertTrue(history.flatMap(\.doses).contains { $0.state == .taken })
        XCTAssertNil(center.now[dose.id], "a taken dose is not reminded again")
        XCTAssertTrue(center.delivered.isEmpty)
    }

    func testSnoozeBecomesANewReminderInThePlan() async throws {
        let test = try TempCore()
        try test.addMedicine()
        let center = RecordingCenter()
        let sync = NotificationSync(center: center)
        let plan = try await sync.sync(test.companion)
        let dose = try XCTUnwrap(plan.reminders.first { $0.kind == .dose })
        let tap = try XCTUnwrap(ReminderTap(content: XCTUnwrap(center.now[dose.id]).content))

        _ = await sync.answer(.snooze, to: tap, companion: test.companion)

        let after = try test.companion.reminderPlan()
        XCTAssertEqual(Set(center.now.keys), Set(after.reminders.map(\.id)))
        XCTAssertTrue(after.reminders.contains { $0.kind == .snooze })
    }

    func testARefusedAnswerChangesNothingAndSaysWhy() async throws {
        let test = try TempCore()
        try test.addMedicine()
        let center = RecordingCenter()
        let sync = NotificationSync(center: center)
        let before = try await sync.sync(test.companion)
        let tap = ReminderTap(reminderId: "dose:x", kindName: "dose", occurrenceIds: ["no-such-dose"], title: "Stegvis")

        let logged = await sync.answer(.taken, to: tap, companion: test.companion)

        XCTAssertNil(logged)
        let after = try test.companion.reminderPlan()
        XCTAssertEqual(after.reminders.map(\.id), before.reminders.map(\.id))
        let shown = try XCTUnwrap(center.delivered.last)
        XCTAssertFalse(shown.content.body.isEmpty)
        XCTAssertEqual(shown.content.categoryIdentifier, NotificationSync.doseCategory)
    }

    func testTheSchedulerAsksOnceAndSyncsInOrder() async throws {
        let test = try TempCore()
        try test.addMedicine()
        let center = RecordingCenter()
        let scheduler = ReminderScheduler(center: center)

        scheduler.resync(test.companion)
        await scheduler.resync(test.companion).value

        XCTAssertEqual(center.permissionRequests, 1)
        let plan = try test.companion.reminderPlan()
        XCTAssertEqual(Set(center.now.keys), Set(plan.reminders.map(\.id)))
    }

    func testNothingToRemindOfAsksNothing() async throws {
        let test = try TempCore()
        let center = RecordingCenter()
        let scheduler = ReminderScheduler(center: center)

        await scheduler.resync(test.companion).value

        // The welcome screen is no moment to ask for notifications.
        XCTAssertEqual(center.permissionRequests, 0)
        XCTAssertTrue(center.now.isEmpty)
        XCTAssertEqual(scheduler.validUntil, try test.companion.reminderPlan().validUntil)

        try test.addMedicine()
        await scheduler.resync(test.companion).value
        XCTAssertEqual(center.permissionRequests, 1)
    }

    func testAFirstInstallAsksBeforeAddingSoTheRemindersArrive() async throws {
        let test = try TempCore()
        try test.addMedicine()
        let center = RecordingCenter()
        center.refusesUntilAsked = true
        let scheduler = ReminderScheduler(center: center)
        let told = Told()
        scheduler.onScheduled = { told.set($0) }

        await scheduler.resync(test.companion).value

        let plan = try test.companion.reminderPlan()
        XCTAssertEqual(center.permissionRequests, 1)
        XCTAssertEqual(Set(center.now.keys), Set(plan.reminders.map(\.id)))
        XCTAssertEqual(told.value, plan.validUntil)
    }

    func testAnAnswerOpensTheRightKind() {
        XCTAssertEqual(ReminderAnswer(actionIdentifier: NotificationSync.takenAction), .taken)
        XCTAssertEqual(ReminderAnswer(actionIdentifier: NotificationSync.snoozeAction), .snooze)
        XCTAssertNil(ReminderAnswer(actionIdentifier: UNNotificationDefaultActionIdentifier))
        for kind in [ReminderKind.dose, .snooze, .checkin, .followUp, .step, .refill, .scale] {
            XCTAssertEqual(NotificationSync.kind(named: NotificationSync.kindName(kind)), kind)
        }
    }
}
