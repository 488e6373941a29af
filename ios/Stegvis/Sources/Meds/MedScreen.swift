import StegvisCore
import SwiftUI

/// What the person can do on a medicine's screen; each is one call to the core, and the
/// ones with a form say whether the core took it (then the form empties or closes).
struct MedActions {
    var edit: (MedDraft) -> Bool
    var addSchedule: (ScheduleDraft) -> Bool
    var endSchedule: (String) -> Void
    var setStatus: (MedStatus) -> Void
    var addNote: (String) -> Bool
}

/// One medicine as the core shows it, its doses of the last two weeks (newest day first),
/// how many planned doses were taken then, and the notes about it.
struct MedView {
    let med: Medication
    let history: [DoseDay]
    let adherence: AdherenceLine?
    let notes: [DoctorNote]
}

/// One medicine: its words and state, a Change button for its fields (the count on hand
/// and the warning before it runs out among them), pause / stop / take again, its times
/// with a form for new ones, the last two weeks of doses in the core's words, and notes
/// for the doctor.
struct MedScreen: View {
    let view: MedView
    let actions: MedActions
    @Environment(\.strings) private var strings

    var body: some View {
        let med = view.med
        Screen(title: med.name) {
            MedFacts(med: med)
            MedEdit(med: med, onSave: actions.edit).id(med.id)
            StatusButtons(status: med.status, onStatus: actions.setStatus)

            SectionTitle(text: strings["shell-meds-schedules"])
            if med.asNeeded {
                Text(strings["shell-meds-as-needed"])
            }
            ForEach(Array(med.schedules.enumerated()), id: \.element.id) { index, schedule in
                ScheduleCard(schedule: schedule, index: index, onEnd: actions.endSchedule)
            }
            ScheduleForm(onSave: actions.addSchedule)

            SectionTitle(text: strings["shell-meds-history"])
            if let adherence = view.adherence {
                Text(adherence.label).accessibilityIdentifier("med-adherence")
            }
            if view.history.isEmpty {
                Text(strings["shell-meds-history-empty"])
            }
            ForEach(view.history, id: \.date) { day in
                DoseDayCard(day: day)
            }

            SectionTitle(text: strings["shell-meds-notes"])
            NotesSection(notes: view.notes, onAdd: actions.addNote)
        }
    }
}

private struct MedFacts: View {
    let med: Medication

    var body: some View {
        VStack(alignment: .leading, spacing: 2) {
            if let dose = med.dose {
                Text(dose).font(.title3)
            }
            if let form = med.form {
                Text(form)
            }
            if let cue = med.cue {
                Text(cue)
            }
            Text(med.statusName).accessibilityIdentifier("med-status")
        }
    }
}

/// A Change button that opens the medicine's fields, filled in; saved, they close again.
private struct MedEdit: View {
    let med: Medication
    let onSave: (MedDraft) -> Bool
    @State private var open = false
    @State private var draft = MedDraft()
    @Environment(\.strings) private var strings

    var body: some View {
        if open {
            MedFields(draft: $draft, tag: "med-edit")
            MainButton(label: strings["shell-save"], tag: "med-edit-save") {
                if onSave(draft) {
                    open = false
                }
            }
        } else {
            OtherButton(label: strings["shell-meds-change"], tag: "med-change") {
                draft = MedDraft(med)
                open = true
            }
        }
    }
}

private struct StatusButtons: View {
    let status: MedStatus
    let onStatus: (MedStatus) -> Void
    @Environment(\.strings) private var strings

    var body: some View {
        VStack(alignment: .leading, spacing: 8) {
            if status == .active {
                OtherButton(label: strings["shell-meds-pause"], tag: "med-pause") { onStatus(.paused) }
            }
            if status != .active {
                OtherButton(label: strings["shell-meds-resume"], tag: "med-resume") { onStatus(.active) }
            }
            if status != .stopped {
                OtherButton(label: strings["shell-meds-stop"], tag: "med-stop") { onStatus(.stopped) }
            }
        }
    }
}

private struct ScheduleCard: View {
    let schedule: Schedule
    let index: Int
    let onEnd: (String) -> Void
    @Environment(\.strings) private var strings

    var body: some View {
        VStack(alignment: .leading, spacing: 4) {
            Text(schedule.description).accessibilityIdentifier("med-schedule-\(index)")
            OtherButton(label: strings["shell-meds-end-schedule"], tag: "med-schedule-\(index)-end") {
                onEnd(schedule.id)
            }
        }
        .padding(12)
        .frame(maxWidth: .infinity, alignment: .leading)
        .background(RoundedRectangle(cornerRadius: 12).fill(Color.secondary.opacity(0.12)))
    }
}

private struct DoseDayCard: View {
    let day: DoseDay

    var body: some View {
        VStack(alignment: .leading, spacing: 2) {
            Text(day.label).font(.subheadline.weight(.semibold))
            ForEach(Array(day.doses.enumerated()), id: \.offset) { _, dose in
                Text(dose.text).padding(.leading, 8)
            }
        }
    }
}

private struct NotesSection: View {
    let notes: [DoctorNote]
    let onAdd: (String) -> Bool
    @State private var note = ""
    @Environment(\.strings) private var strings

    var body: some View {
        if notes.isEmpty {
            Text(strings["shell-meds-notes-empty"])
        }
        ForEach(notes, id: \.id) { note in
            VStack(alignment: .leading, spacing: 2) {
                Text(note.dateLabel).font(.subheadline.weight(.semibold))
                Text(note.text)
            }
            .padding(.leading, 8)
        }
        LabeledField(label: strings["shell-meds-note"], value: $note, tag: "med-note")
        MainButton(label: strings["shell-meds-add-note"], tag: "med-note-save") {
            if onAdd(note) {
                note = ""
            }
        }
    }
}

#if DEBUG
    struct MedScreen_Previews: PreviewProvider {
        static var previews: some View {
            let core = PreviewCore.make()
            let med = core.read { companion in try companion.listMedications(includeStopped: false).first }
            let model = MedModel(core: core, medicationId: med??.id ?? "")
            model.load()
            return NavigationStack {
                if let shown = model.med {
                    MedScreen(
                        view: MedView(med: shown, history: model.history, adherence: model.adherence, notes: model.notes),
                        actions: MedActions(
                            edit: { _ in true },
                            addSchedule: { _ in true },
                            endSchedule: { _ in },
                            setStatus: { _ in },
                            addNote: { _ in true }
                        )
                    )
                }
            }
            .environment(\.strings, core.strings)
        }
    }
#endif
