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
            countOnHand: try parseMedNumber(text: count, field: .count),
            unitsPerDose: try parseMedNumber(text: units, field: .unitsPerDose),
            refillDays: try parseMedNumber(text: refill, field: .refillDays)
        )
    }

    /// As Android's `ifBlank { null }`: only spaces is nothing typed.
    private static func orNil(_ typed: String) -> String? {
        typed.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? nil : typed
    }
}
