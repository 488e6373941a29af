import StegvisCore
import SwiftUI

/// What the supporter can do with a plan shared with them: call a contact, remove the copy
/// (`askRemove` asks first; only the question's yes calls `remove`).
struct SupporterActions {
    var call: (String) -> Void
    var askRemove: () -> Void
    var cancelRemove: () -> Void
    var remove: () -> Void
}

/// Someone's plan shared with this phone, read only: what to watch for, what to do (the
/// supporter's own steps first), who to call with one tap, the other shared parts, and
/// when the copy stops opening, all in the core's words. Removing it asks first.
struct SupporterPlanScreen: View {
    let plan: SupporterPlan
    let confirmingRemove: Bool
    let actions: SupporterActions
    @Environment(\.strings) private var strings

    var body: some View {
        Screen(title: plan.title) {
            Text(plan.expiresLabel)
                .font(.subheadline.weight(.semibold))
                .accessibilityIdentifier("supporter-expires")
            Text(plan.receivedLabel).font(.footnote)
            if !plan.watchFor.isEmpty {
                SupporterPart(title: strings["shell-sharing-supporter-watch"], items: plan.watchFor)
            }
            if !plan.whatToDo.isEmpty {
                SupporterPart(title: strings["shell-sharing-supporter-do"], items: plan.whatToDo)
            }
            if !plan.contacts.isEmpty {
                PlanCard {
                    SectionTitle(text: strings["shell-sharing-supporter-contacts"])
                    ForEach(Array(plan.contacts.enumerated()), id: \.offset) { index, contact in
                        SupporterContactEntry(contact: contact, index: index, onCall: actions.call)
                    }
                }
            }
            ForEach(Array(plan.otherSections.enumerated()), id: \.offset) { _, section in
                SupporterPart(title: section.title, items: section.items)
            }
            OtherButton(label: strings["shell-sharing-remove"], tag: "supporter-remove", action: actions.askRemove)
        }
        .confirmationDialog(
            strings["shell-sharing-remove-ask"],
            isPresented: Binding(get: { confirmingRemove }, set: { shown in
                if !shown {
                    actions.cancelRemove()
                }
            }),
            titleVisibility: .visible
        ) {
            Button(strings["shell-sharing-remove-yes"], role: .destructive, action: actions.remove)
                .accessibilityIdentifier("supporter-remove-yes")
            Button(strings["shell-cancel"], role: .cancel, action: actions.cancelRemove)
        }
    }
}

/// One shared part: its title and entries, each with the core's note ("For you").
private struct SupporterPart: View {
    let title: String
    let items: [SupporterItem]

    var body: some View {
        PlanCard {
            SectionTitle(text: title)
            ForEach(Array(items.enumerated()), id: \.offset) { _, item in
                VStack(alignment: .leading, spacing: 2) {
                    Text(item.text).font(.body)
                    if let detail = item.detail {
                        Text(detail).font(.callout).foregroundColor(.accentColor)
                    }
                }
            }
        }
    }
}

/// A contact in the participant's words; with a number the core found, one tap to call.
private struct SupporterContactEntry: View {
    let contact: SupporterContact
    let index: Int
    let onCall: (String) -> Void
    @Environment(\.strings) private var strings

    var body: some View {
        VStack(alignment: .leading, spacing: 2) {
            Text(contact.name).font(.body)
            Text(contact.detail).font(.callout)
            if let number = contact.phone {
                Button {
                    onCall(number)
                } label: {
                    VStack {
                        Text(strings["shell-sharing-call"])
                        Text(contact.name).font(.caption)
                    }
                    .frame(maxWidth: .infinity, minHeight: minTouch)
                }
                .buttonStyle(.borderedProminent)
                .accessibilityIdentifier("supporter-call-\(index)")
            }
        }
    }
}

#if DEBUG
    /// A supporter's phone holding the demo participant's plan: two preview cores paired
    /// both ways through the real API, the participant sharing the signs, what supporters
    /// can do and whom to contact; nil if the core refused any step.
    @MainActor
    enum SupporterPreview {
        static func supporterCore() -> AppCore? {
            let participant = PreviewCore.make().companion
            let supporter = PreviewCore.make()
            do {
                let them = try participant.sharePair(code: try supporter.companion.sharePairCode().text, name: nil)
                let me = try supporter.companion.sharePair(code: try participant.sharePairCode().text, name: nil)
                _ = try participant.shareConfirm(contactId: them.contactId)
                _ = try supporter.companion.shareConfirm(contactId: me.contactId)
                _ = try participant.shareGrant(
                    contactId: them.contactId,
                    sections: [.signs, .supporterActions, .contacts],
                    until: nil
                )
                _ = try supporter.companion.shareReceive(envelope: try participant.shareSend(contactId: them.contactId))
                return supporter
            } catch {
                return nil
            }
        }
    }

    struct SupporterPlanScreen_Previews: PreviewProvider {
        static var previews: some View {
            if let core = SupporterPreview.supporterCore(), let plan = core.read({ try $0.supporterPlans() })?.first {
                NavigationStack {
                    SupporterPlanScreen(
                        plan: plan,
                        confirmingRemove: false,
                        actions: SupporterActions(call: { _ in }, askRemove: {}, cancelRemove: {}, remove: {})
                    )
                }
                .environment(\.strings, core.strings)
            }
        }
    }
#endif
