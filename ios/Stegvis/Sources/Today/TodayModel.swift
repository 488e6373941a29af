import Foundation
import StegvisCore

/// Holds today's view and passes the person's taps to the core; reloads after each write.
@MainActor
final class TodayModel: ObservableObject {
    @Published private(set) var view: TodayView?
    private let core: AppCore

    init(core: AppCore) {
        self.core = core
    }

    func load() {
        // A passing refusal (the data is busy) keeps what is shown; the banner says why.
        view = core.read { try $0.today() } ?? view
    }

    func completeStep(_ stepId: String) {
        core.write { try $0.completeStep(stepId: stepId) }
    }

    func logDose(_ occurrenceId: String, _ action: DoseAction) {
        core.write { try $0.logDose(occurrenceId: occurrenceId, action: action) }
    }

    func undoDose(_ occurrenceId: String) {
        core.write { try $0.undoDose(occurrenceId: occurrenceId) }
    }
}
