import StegvisCore
import SwiftUI

/// What the person can do from the list: show stopped ones too, open one, add one.
struct MedsActions {
    var showStopped: (Bool) -> Void
    var open: (String) -> Void
    var add: () -> Void
}

/// Every medicine as the core describes it; a tap opens one, a button adds one.
struct MedsScreen: View {
    let meds: [Medication]
    let showStopped: Bool
    let actions: MedsActions
    @Environment(\.strings) private var strings

    var body: some View {
        Screen(title: strings["shell-nav-meds"]) {
            MainButton(label: strings["shell-meds-add"], tag: "meds-add", action: actions.add)
            if meds.isEmpty {
                Text(strings["shell-meds-none"])
            }
            ForEach(Array(meds.enumerated()), id: \.element.id) { index, med in
                MedCard(med: med, asNeededLabel: strings["shell-meds-as-needed"]) { actions.open(med.id) }
                    .accessibilityIdentifier("meds-open-\(index)")
            }
            ToggleRow(
                label: strings["shell-meds-show-stopped"],
                isOn: Binding(get: { showStopped }, set: actions.showStopped)
            )
            .accessibilityIdentifier("meds-show-stopped")
        }
    }
}

/// One medicine in the list: its name and dose, its state and its times, in the core's words.
private struct MedCard: View {
    let med: Medication
    let asNeededLabel: String
    let onOpen: () -> Void

    var body: some View {
        Button(action: onOpen) {
            VStack(alignment: .leading, spacing: 2) {
                Text([med.name, med.dose].compactMap { $0 }.joined(separator: " · ")).font(.headline)
                Text(med.statusName).font(.body)
                if med.asNeeded {
                    Text(asNeededLabel).font(.body)
                }
                ForEach(med.schedules, id: \.id) { schedule in
                    Text(schedule.description).font(.body)
                }
            }
            .frame(maxWidth: .infinity, minHeight: minTouch, alignment: .leading)
            .padding(12)
            .background(RoundedRectangle(cornerRadius: 12).fill(Color.secondary.opacity(0.12)))
            .contentShape(Rectangle())
        }
        .buttonStyle(.plain)
        .accessibilityElement(children: .combine)
        .accessibilityAddTraits(.isButton)
    }
}

#if DEBUG
    struct MedsScreen_Previews: PreviewProvider {
        static var previews: some View {
            let core = PreviewCore.make()
            let meds = core.read { companion in try companion.listMedications(includeStopped: false) } ?? []
            return NavigationStack {
                MedsScreen(meds: meds, showStopped: false, actions: MedsActions(showStopped: { _ in }, open: { _ in }, add: {}))
            }
            .environment(\.strings, core.strings)
        }
    }
#endif
