import StegvisCore
import SwiftUI

/// The plan at the moment it is needed, as the core wrote it: what rose, the rules that
/// hold, the person's own actions, whom to contact (one tap to call when the core found
/// a number) and the crisis line, then a way into the whole plan.
struct PlanBlockCard: View {
    let block: PlanBlock
    let rulesText: String?
    let onOpenPlan: () -> Void
    let onDial: (String) -> Void
    @Environment(\.strings) private var strings

    var body: some View {
        VStack(alignment: .leading, spacing: 8) {
            Text(block.headline).font(.headline)
            if let rules = rulesText {
                Text(rules)
            }
            part(block.actionsTitle)
            ForEach(Array(block.actions.enumerated()), id: \.offset) { _, action in
                Text("• \(action)")
            }
            if let none = block.noActionsText {
                Text(none)
            }
            if !block.contacts.isEmpty {
                part(block.contactsTitle)
                ForEach(Array(block.contacts.enumerated()), id: \.offset) { _, contact in
                    contactView(contact)
                }
            }
            part(block.crisisTitle)
            ForEach(Array(block.crisis.enumerated()), id: \.offset) { _, contact in
                contactView(contact)
            }
            Text(block.crisisText)
            MainButton(label: strings["shell-today-plan-open"], tag: "open-plan", action: onOpenPlan)
        }
        .padding(16)
        .frame(maxWidth: .infinity, alignment: .leading)
        .background(Color.orange.opacity(0.15))
        .clipShape(RoundedRectangle(cornerRadius: 12))
        .accessibilityIdentifier("plan-block")
    }

    private func part(_ title: String) -> some View {
        Text(title).font(.headline).padding(.top, 4).accessibilityAddTraits(.isHeader)
    }

    /// A contact in the person's words; with a number the core found, a call button under it.
    private func contactView(_ contact: PlanBlockContact) -> some View {
        VStack(alignment: .leading, spacing: 4) {
            Text(contact.text)
            if let number = contact.phone {
                Button {
                    onDial(number)
                } label: {
                    VStack {
                        Text(strings["shell-today-call"])
                        Text(contact.name).font(.caption)
                    }
                    .frame(maxWidth: .infinity, minHeight: minTouch)
                }
                .buttonStyle(.bordered)
                .accessibilityIdentifier("call-\(contact.name)")
            }
        }
    }
}
