import SwiftUI

/// The fields of a medicine: name, dose, form, a cue, and the count for a warning before
/// it runs out (how many one dose uses, how many days before).
struct MedFields: View {
    @Binding var draft: MedDraft
    var tag = "med"
    @Environment(\.strings) private var strings

    var body: some View {
        LabeledField(label: strings["shell-meds-name"], value: $draft.name, tag: "\(tag)-name")
        LabeledField(label: strings["shell-meds-dose"], value: $draft.dose, tag: "\(tag)-dose")
        LabeledField(label: strings["shell-meds-form"], value: $draft.form, tag: "\(tag)-form")
        Text(strings["shell-meds-cue-hint"]).font(.footnote)
        LabeledField(label: strings["shell-meds-cue"], value: $draft.cue, tag: "\(tag)-cue")
        Text(strings["shell-meds-count-hint"]).font(.footnote)
        LabeledField(label: strings["shell-meds-count"], value: $draft.count, tag: "\(tag)-count", kind: .number)
        LabeledField(label: strings["shell-meds-units"], value: $draft.units, tag: "\(tag)-units", kind: .number)
        LabeledField(label: strings["shell-meds-refill-days"], value: $draft.refill, tag: "\(tag)-refill", kind: .number)
    }
}
