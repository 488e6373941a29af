import StegvisCore
import SwiftUI

/// What can be chosen, what is chosen, and the core's words for it.
struct ChooseView {
    let contact: ShareContactView
    let choices: [SectionChoice]
    let untilChoices: [UntilChoice]
    let sections: Set<PlanSection>
    let until: String?
    /// The exact words the person agrees to, from the core; `nil` while nothing is chosen.
    let consentText: String?
}

/// What the person can do on the choose screen.
struct ChooseActions {
    let toggle: (PlanSection) -> Void
    let until: (String?) -> Void
    let share: () -> Void
    let stop: () -> Void
}

/// Which parts, for how long, the exact consent text, then Share. When something is
/// shared already the same screen changes it, and "Stop sharing" asks first in plain words.
struct ChooseScreen: View {
    let view: ChooseView
    let confirmingStop: Bool
    let actions: ChooseActions
    @Environment(\.strings) private var strings

    var body: some View {
        Screen(title: view.contact.name) {
            Text(view.contact.statusLabel)
            SectionTitle(text: strings["shell-sharing-sections"])
            ForEach(view.choices, id: \.key) { choice in
                SectionRow(choice: choice, checked: view.sections.contains(choice.section)) {
                    actions.toggle(choice.section)
                }
            }
            SectionTitle(text: strings["shell-sharing-until"])
            ForEach(Array(view.untilChoices.enumerated()), id: \.offset) { index, choice in
                ChoiceRow(label: choice.label, selected: choice.until == view.until) { actions.until(choice.until) }
                    .accessibilityIdentifier("sharing-until-\(index)")
            }
            SectionTitle(text: strings["shell-sharing-consent"])
            SharingCard {
                Text(view.consentText ?? strings["shell-sharing-choose-something"])
                    .font(.body)
                    .fixedSize(horizontal: false, vertical: true)
                    .accessibilityIdentifier("sharing-consent-text")
            }
            if view.consentText != nil {
                MainButton(label: strings["shell-sharing-share"], tag: "sharing-share", action: actions.share)
            }
            if view.contact.consent != nil {
                StopSharing(confirming: confirmingStop, onStop: actions.stop)
            }
        }
    }
}

/// One part of the plan, ticked or not: its title and the core's hint, the whole row the target.
private struct SectionRow: View {
    let choice: SectionChoice
    let checked: Bool
    let onToggle: () -> Void

    var body: some View {
        Button(action: onToggle) {
            HStack(alignment: .top, spacing: 12) {
                Image(systemName: checked ? "checkmark.square.fill" : "square")
                    .font(.title2)
                    .accessibilityHidden(true)
                VStack(alignment: .leading, spacing: 2) {
                    Text(choice.title).font(.body)
                    Text(choice.hint).font(.callout).foregroundStyle(.secondary)
                }
                .frame(maxWidth: .infinity, alignment: .leading)
            }
            .frame(minHeight: minTouch)
            .contentShape(Rectangle())
        }
        .buttonStyle(.plain)
        .accessibilityElement(children: .combine)
        .accessibilityAddTraits(checked ? [.isButton, .isSelected] : .isButton)
        .accessibilityIdentifier("sharing-section-\(choice.key)")
    }
}

/// First a plain question, then the button that does it.
struct StopSharing: View {
    let confirming: Bool
    var tag = "sharing-stop"
    let onStop: () -> Void
    @Environment(\.strings) private var strings

    var body: some View {
        if confirming {
            Text(strings["shell-sharing-stop-ask"])
                .font(.body)
                .foregroundStyle(Color.red)
                .fixedSize(horizontal: false, vertical: true)
            MainButton(label: strings["shell-sharing-stop-yes"], tag: "\(tag)-yes", action: onStop)
        } else {
            OtherButton(label: strings["shell-sharing-stop"], tag: tag, action: onStop)
        }
    }
}

#if DEBUG
    struct ChooseScreen_Previews: PreviewProvider {
        static var previews: some View {
            let fresh = SharingPreviewPhones.make(share: false)
            let sharing = SharingPreviewPhones.make(share: true)
            return Group {
                screen(fresh.participant, fresh.samId).previewDisplayName("Choosing")
                screen(sharing.participant, sharing.samId).previewDisplayName("Changing")
            }
        }

        @MainActor
        private static func screen(_ core: AppCore, _ samId: String) -> some View {
            let model = ChooseModel(core: core, contactId: samId)
            model.load()
            return Group {
                if let view = model.view {
                    NavigationStack {
                        ChooseScreen(view: view, confirmingStop: false, actions: model.actions)
                    }
                    .environment(\.strings, core.strings)
                }
            }
        }
    }
#endif
