import Foundation
import StegvisCore

/// The plan's versions, and the one the person opened.
@MainActor
final class PlanHistoryModel: ObservableObject {
    @Published private(set) var history: [PlanVersionSummary] = []
    @Published private(set) var opened: PlanView?
    private let core: AppCore

    init(core: AppCore) {
        self.core = core
    }

    func load() {
        history = core.read { try $0.planHistory() } ?? history
    }

    /// Opens an earlier version; nil goes back to the list.
    func open(_ version: UInt32?) {
        guard let version else {
            opened = nil
            return
        }
        opened = core.read { try $0.planVersion(version: version) } ?? opened
    }
}
