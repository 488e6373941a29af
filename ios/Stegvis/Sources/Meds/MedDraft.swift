import Foundation
import StegvisCore

/// What the person has typed about a medicine so far, sent to the core as typed: the
/// core reads the numbers (`parseMedNumber`), so a number it cannot read is refused in
/// its own words and nothing is saved.
struct MedDraft: Equatable {
    var name = ""
    var dose = ""
    var form = ""
    var cue = ""
    var count = ""
    var units = ""
    var refill = ""
    /// The numbers as they were when the person began changing them: one left as it
    /// was is not sent, so a dose taken meanwhile (the count went down) is not undone.
    private var numbersAtStart: [String] = []

    init() {}

    /// The medicine's fields as they are now, for changing them.
    init(_ med: Medication) {
        name = med.name
        dose = med.dose ?? ""
        form = med.form ?? ""
        cue = med.cue ?? ""
        count = med.countOnHand.map { String($0) } ?? ""
        units = String(med.unitsPerDose)
        refill = med.refillDays.map { String($0) } ?? ""
        numbersAtStart = [count, units, refill]
    }

    /// A new medicine: a word left empty is no word at all.
    func toNew() throws -> NewMedication {
        NewMedication(
            name: name,
            dose: Self.orNil(dose),
            form: Self.orNil(form),
            cue: Self.orNil(cue),
            countOnHand: try parseMedNumber(text: count, field: .count),
            unitsPerDose: try parseMedNumber(text: units, field: .unitsPerDose),
            refillDays: try parseMedNumber(text: refill, field: .refillDays)
        )
    }

    /// Every field as typed; an emptied word clears it, an emptied number keeps it (the core's rule).
    func toEdit() throws -> MedicationEdit {
        MedicationEdit(
            name: name,
            dose: dose,
            form: form,
            cue: cue,
            countOnHand: try changed(0, count, .count),
            unitsPerDose: try changed(1, units, .unitsPerDose),
            refillDays: try changed(2, refill, .refillDays)
        )
    }

    /// The number typed, read by the core; `nil` (the core keeps its own) when it was left as it was.
    private func changed(_ index: Int, _ typed: String, _ field: Field) throws -> Int64? {
        if index < numbersAtStart.count, numbersAtStart[index] == typed {
            return nil
        }
        return try parseMedNumber(text: typed, field: field)
    }

    /// As Android's `ifBlank { null }`: only spaces is nothing typed.
    private static func orNil(_ typed: String) -> String? {
        typed.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? nil : typed
    }
}
