import Foundation
import StegvisCore

/// The medicines, with or without stopped ones.
@MainActor
final class MedsModel: ObservableObject {
    @Published private(set) var meds: [Medication] = []
    @Published private(set) var showStopped = false
    private let core: AppCore

    init(core: AppCore) {
        self.core = core
    }

    func load() {
        let includeStopped = showStopped
        meds = core.read { companion in try companion.listMedications(includeStopped: includeStopped) } ?? meds
    }

    func setShowStopped(_ show: Bool) {
        showStopped = show
        load()
    }
}

/// Adds a medicine; on success its own screen opens, for its times.
@MainActor
final class MedAddModel: ObservableObject {
    private let core: AppCore

    init(core: AppCore) {
        self.core = core
    }

    /// The core reads the typed numbers, so a refusal is the core's sentence and nothing is saved.
    func save(_ draft: MedDraft) -> Medication? {
        core.write { companion in try companion.addMedication(medication: try draft.toNew()) }
    }
}

/// One medicine, its doses of the last two weeks, how many planned doses were taken, and
/// the notes about it; each action is one call to the core.
@MainActor
final class MedModel: ObservableObject {
    /// The two weeks `meds show` and Android show too.
    static let historyDays: UInt32 = 14

    @Published private(set) var med: Medication?
    @Published private(set) var history: [DoseDay] = []
    @Published private(set) var notes: [DoctorNote] = []
    @Published private(set) var adherence: AdherenceLine?
    let medicationId: String
    private let core: AppCore

    init(core: AppCore, medicationId: String) {
        self.core = core
        self.medicationId = medicationId
    }

    func load() {
        let id = medicationId
        let days = Self.historyDays
        med = core.read { companion in try companion.medication(medicationId: id) } ?? med
        history = core.read { companion in try companion.medicationHistory(medicationId: id, days: days) } ?? history
        notes = core.read { companion in
            try companion.doctorNotes().filter { note in note.medicationId == id }
        } ?? notes
        adherence = core.read { companion in
            try companion.adherence(days: days).perMedication.first { line in line.medicationId == id }
        } ?? adherence
    }

    /// Saves the changed fields; `false` (and the core's sentence) when refused.
    @discardableResult
    func edit(_ draft: MedDraft) -> Bool {
        let id = medicationId
        return core.write { companion in try companion.editMedication(medicationId: id, edit: try draft.toEdit()) } != nil
    }

    /// Adds times; `false` (and the core's sentence) when refused, and nothing was added.
    @discardableResult
    func addSchedule(_ draft: ScheduleDraft) -> Bool {
        let id = medicationId
        return core.write { companion in
            try companion.addSchedule(medicationId: id, schedule: try draft.toSchedule())
        } != nil
    }

    /// Stops these times from today; their history is kept.
    func endSchedule(_ scheduleId: String) {
        core.write { companion in try companion.endSchedule(scheduleId: scheduleId, lastDay: nil) }
    }

    /// Pause, stop, or take it again.
    func setStatus(_ status: MedStatus) {
        let id = medicationId
        core.write { companion in try companion.setMedicationStatus(medicationId: id, status: status) }
    }

    /// A note for the next talk with the doctor; `false` when refused (an empty note).
    @discardableResult
    func addNote(_ text: String) -> Bool {
        let id = medicationId
        return core.write { companion in try companion.addDoctorNote(medicationId: id, text: text) } != nil
    }
}
