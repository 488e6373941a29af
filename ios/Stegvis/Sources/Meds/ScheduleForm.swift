import StegvisCore
import SwiftUI

/// New times for a medicine, typed as the person says them ("08:00, 22:00"), with an
/// amount for each, the days, and whether the times follow the phone or stay in one
/// zone. The text goes to the core as typed; the core checks and explains. Once the
/// core took them, the form is empty again for the next times.
struct ScheduleForm: View {
    let onSave: (ScheduleDraft) -> Bool
    @State private var draft = ScheduleDraft()
    @Environment(\.strings) private var strings

    var body: some View {
        VStack(alignment: .leading, spacing: 8) {
            SectionTitle(text: strings["shell-meds-add-schedule"])
            LabeledField(label: strings["shell-meds-times"], value: $draft.times, tag: "schedule-times")
            LabeledField(label: strings["shell-meds-amounts"], value: $draft.amounts, tag: "schedule-amounts")
            Text(strings["shell-meds-amounts-hint"]).font(.footnote)
            daysChoice
            zoneChoice
            MainButton(label: strings["shell-meds-add-schedule"], tag: "schedule-save") {
                if onSave(draft) {
                    draft = ScheduleDraft()
                }
            }
        }
    }

    @ViewBuilder private var daysChoice: some View {
        dayChoice(.daily, "shell-meds-daily", "schedule-daily")
        dayChoice(.weekdays, "shell-meds-weekdays", "schedule-weekdays")
        if draft.days == .weekdays {
            ForEach(scheduleWeekdays, id: \.tag) { weekday in
                ToggleRow(
                    label: strings[weekday.label],
                    isOn: Binding(
                        get: { draft.weekdays.contains(weekday.day) },
                        set: { on in draft.set(weekday.day, on) }
                    )
                )
                .accessibilityIdentifier(weekday.tag)
            }
        }
        dayChoice(.every, "shell-meds-every", "schedule-every")
        if draft.days == .every {
            LabeledField(label: strings["shell-meds-every-days"], value: $draft.every, tag: "schedule-every-days", kind: .number)
        }
    }

    private func dayChoice(_ days: ScheduleDays, _ label: String, _ tag: String) -> some View {
        ChoiceRow(label: strings[label], selected: draft.days == days) { draft.days = days }
            .accessibilityIdentifier(tag)
    }

    @ViewBuilder private var zoneChoice: some View {
        ChoiceRow(label: strings["shell-meds-follow-device"], selected: !draft.pinned) { draft.pinned = false }
            .accessibilityIdentifier("schedule-follow")
        ChoiceRow(label: strings["shell-meds-pinned"], selected: draft.pinned) { draft.pinned = true }
            .accessibilityIdentifier("schedule-pinned")
        if draft.pinned {
            LabeledField(label: strings["shell-meds-zone"], value: $draft.zone, tag: "schedule-zone")
        }
    }
}
