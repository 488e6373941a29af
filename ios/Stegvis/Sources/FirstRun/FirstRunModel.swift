import Foundation
import StegvisCore

/// The first run's answers and where the person is, as Android's `FirstRunState`. Each
/// part is passed to the core when the person moves on, so leaving halfway loses
/// nothing; going back and changing an answer changes what was saved, not a copy.
///
/// `AppRoot` decides once, at launch, whether to show the welcome, so the core's
/// `isFirstRun` turning false after the first goal kept does not cut the welcome short;
/// the welcome ends when the person finishes or skips it (`finished`).
@MainActor
final class FirstRunModel: ObservableObject {
    @Published var view = FirstRunView(areas: [], catalog: [])
    @Published private(set) var page = FirstRunPage.welcome
    /// The person is done (or skipped it all): Today.
    @Published private(set) var finished = false
    private let core: AppCore
    private var goalId: String?
    /// The signs added here, by catalog key, so going back can take one away again.
    private var signIds: [String: String] = [:]
    private var loaded = false

    init(core: AppCore) {
        self.core = core
    }

    func load() {
        guard !loaded else { return }
        let read: FirstRunView? = core.read { companion in
            try FirstRunView(
                areas: companion.lifeAreas(),
                catalog: companion.signCatalog(),
                checkinTime: companion.reminderSettings().checkinTime ?? ""
            )
        }
        guard let read else { return }
        view = read
        loaded = true
    }

    /// Saves this part (when something was written or ticked) and goes on; stays if the core refuses.
    func saveAndGoOn() {
        let saved: Bool
        switch page {
        case .welcome: saved = true
        case .goal: saved = saveGoal()
        case .signs: saved = saveSigns()
        case .checkin: saved = saveCheckinTime()
        }
        if saved {
            goOn()
        }
    }

    /// Leaves this part as it is and goes on; from the welcome, straight to Today.
    func skip() {
        if page == .welcome {
            finish()
        } else {
            goOn()
        }
    }

    /// Back one part; false on the welcome.
    @discardableResult
    func back() -> Bool {
        guard let previous = FirstRunPage(rawValue: page.rawValue - 1) else { return false }
        page = previous
        return true
    }

    private func goOn() {
        if let next = FirstRunPage(rawValue: page.rawValue + 1) {
            page = next
        } else {
            finish()
        }
    }

    /// The person is done: Today (the reminders already follow every part kept).
    private func finish() {
        finished = true
    }

    private func saveGoal() -> Bool {
        let goal = view.goal
        if isBlank(goal.text), goalId == nil {
            return true
        }
        let saved: Goal?
        if let id = goalId {
            saved = core.write { try $0.editGoal(goalId: id, edit: GoalEdit(text: goal.text, why: goal.why, area: goal.area, stallDays: nil)) }
        } else {
            let why: String? = isBlank(goal.why) ? nil : goal.why
            saved = core.write { try $0.addGoal(goal: NewGoal(text: goal.text, why: why, area: goal.area)) }
        }
        guard let saved else { return false }
        goalId = saved.id
        return true
    }

    /// Adds the ticked signs not yet added (in the catalog's order), retires those
    /// unticked after going back.
    private func saveSigns() -> Bool {
        for sign in view.catalog where view.signs.contains(sign.key) && signIds[sign.key] == nil {
            let key = sign.key
            guard let added = core.write({ try $0.addSign(sign: NewSign(catalogKey: key, text: nil, noticedByOthers: false)) }) else {
                return false
            }
            signIds[key] = added.id
        }
        for (key, id) in signIds where !view.signs.contains(key) {
            guard core.write({ try $0.retireSign(signId: id) }) != nil else { return false }
            signIds[key] = nil
        }
        return true
    }

    /// Keeps the time when the person changed it; the core checks it is a time of day.
    private func saveCheckinTime() -> Bool {
        let time = view.checkinTime
        guard var settings = core.read({ try $0.reminderSettings() }) else { return false }
        if isBlank(time) || time == settings.checkinTime {
            return true
        }
        settings.checkinTime = time
        return core.write { try $0.setReminderSettings(settings: settings) } != nil
    }

    private func isBlank(_ text: String) -> Bool {
        text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
    }
}
