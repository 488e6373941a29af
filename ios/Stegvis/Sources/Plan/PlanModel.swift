import Foundation
import StegvisCore

/// Reads the plan and whether the core takes writes now; both reload after every change.
@MainActor
final class PlanModel: ObservableObject {
    @Published private(set) var view: PlanView?
    @Published private(set) var readOnly: String?
    private let core: AppCore

    init(core: AppCore) {
        self.core = core
    }

    func load() {
        // A refused read keeps what was shown: the plan must stay readable.
        view = core.read { try $0.planView() } ?? view
        readOnly = readOnlySentence(core)
    }
}
