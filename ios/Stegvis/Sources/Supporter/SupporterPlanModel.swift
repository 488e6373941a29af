import Foundation
import StegvisCore

/// Reads one plan shared with this phone; the screen asks before removing (`askRemove`),
/// and once the person said yes (`remove`) the core deletes the copy.
@MainActor
final class SupporterPlanModel: ObservableObject {
    @Published private(set) var plan: SupporterPlan?
    @Published private(set) var confirmingRemove = false
    @Published private(set) var removed = false
    private let core: AppCore
    private let contactId: String

    init(core: AppCore, contactId: String) {
        self.core = core
        self.contactId = contactId
    }

    /// The plan from this contact, as the core gives it; nil when none is held here. A
    /// refused read keeps what was shown: the plan must stay readable.
    func load() {
        let id = contactId
        if let plans = core.read({ try $0.supporterPlans() }) {
            plan = plans.first { $0.contactId == id }
        }
    }

    func askRemove() {
        confirmingRemove = true
    }

    func cancelRemove() {
        confirmingRemove = false
    }

    /// The person said yes: the core removes the copy; a refusal leaves it as it was.
    func remove() {
        confirmingRemove = false
        let id = contactId
        guard core.write({ try $0.removeSharedCopy(contactId: id) }) != nil else { return }
        removed = true
    }
}
