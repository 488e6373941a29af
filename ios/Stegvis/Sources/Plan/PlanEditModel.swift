import Foundation
import StegvisCore

/// One section of the plan (by its key), the person's signs, and every edit as one save.
@MainActor
final class PlanEditModel: ObservableObject {
    @Published private(set) var section: PlanSectionView?
    @Published private(set) var signs: [Sign] = []
    @Published private(set) var readOnly: String?
    private let core: AppCore
    private let sectionKey: String

    init(core: AppCore, sectionKey: String) {
        self.core = core
        self.sectionKey = sectionKey
    }

    func load() {
        let key = sectionKey
        // A refused read keeps what was shown.
        if let plan = core.read({ try $0.planView() }) {
            section = plan.sections.first { $0.key == key }
        }
        signs = core.read { try $0.listSigns(includeRetired: false) } ?? signs
        readOnly = readOnlySentence(core)
    }

    func add(_ item: PlanItem) {
        guard let kind = section?.section else { return }
        save(PlanEdit.addItem(section: kind, item: item))
    }

    @discardableResult
    func replace(_ number: UInt32, _ item: PlanItem) -> Bool {
        guard let kind = section?.section else { return false }
        return save(PlanEdit.replaceItem(section: kind, number: number, item: item))
    }

    func remove(_ number: UInt32) {
        guard let kind = section?.section else { return }
        save(PlanEdit.removeItem(section: kind, number: number))
    }

    func move(_ number: UInt32, _ to: UInt32) {
        guard let kind = section?.section else { return }
        save(PlanEdit.moveItem(section: kind, number: number, to: to))
    }

    /// Hands one edit to the core, which keeps it as a new version; true when kept.
    @discardableResult
    private func save(_ edit: PlanEdit) -> Bool {
        core.write { try $0.editPlan(edits: [edit]) } != nil
    }
}
