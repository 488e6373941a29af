import StegvisCore
import SwiftUI

/// Everything about sharing, as the core reads it: who is paired, what is shared, plans held here.
struct SharingHomeView {
    let sharing: SharingView
    let plans: [SupporterPlan]
}

/// The sharing home: my digits, the people I am paired with (compare, choose or change),
/// the plans shared with me, opening a file someone sent, and what was agreed and done.
struct SharingHomeScreen: View {
    let view: SharingHomeView
    let open: (Route) -> Void
    @Environment(\.strings) private var strings

    var body: some View {
        Screen(title: strings["shell-sharing-title"]) {
            SharingCard {
                SectionTitle(text: strings["shell-sharing-my-code"])
                Digits(digits: view.sharing.identity.fingerprint, tag: "sharing-my-digits")
                OtherButton(label: strings["shell-sharing-show-code"], tag: "sharing-code") { open(.shareCode) }
            }

            SectionTitle(text: strings["shell-sharing-people"])
            if view.sharing.contacts.isEmpty {
                Text(strings["shell-sharing-nobody"])
            }
            ForEach(view.sharing.contacts, id: \.id) { contact in
                ContactCard(contact: contact, open: open)
            }
            MainButton(label: strings["shell-sharing-pair"], tag: "sharing-pair") { open(.sharePair) }

            SectionTitle(text: strings["shell-sharing-plans"])
            if view.plans.isEmpty {
                Text(strings["shell-sharing-no-plans"])
            }
            ForEach(view.plans, id: \.contactId) { plan in
                SharingCard {
                    Text(plan.title).font(.headline)
                    Text(plan.expiresLabel).font(.body)
                    OtherButton(label: strings["shell-sharing-open-plan"], tag: "sharing-plan-\(plan.contactId)") {
                        open(.supporterPlan(contactId: plan.contactId))
                    }
                }
            }
            OtherButton(label: strings["shell-sharing-receive"], tag: "sharing-receive") { open(.shareReceive) }

            SectionTitle(text: strings["shell-sharing-more"])
            OtherButton(label: strings["shell-sharing-consents"], tag: "sharing-consents") { open(.shareConsents) }
            OtherButton(label: strings["shell-sharing-audit"], tag: "sharing-audit") { open(.shareAudit) }
        }
    }
}

/// One person paired: their name, where things stand, what is shared with them, and the
/// next thing to do (compare the digits first; then choose, or change, what to share).
private struct ContactCard: View {
    let contact: ShareContactView
    let open: (Route) -> Void
    @Environment(\.strings) private var strings

    var body: some View {
        SharingCard(tag: "sharing-contact-\(contact.id)") {
            Text(contact.name).font(.headline)
            Text(contact.statusLabel).font(.body)
            if let consent = contact.consent {
                ForEach(consent.sectionTitles, id: \.self) { title in
                    BulletLine(text: title)
                }
            }
            Text(contact.pairedLabel).font(.footnote)
            if contact.confirmed {
                OtherButton(
                    label: strings[contact.consent == nil ? "shell-sharing-choose" : "shell-sharing-change"],
                    tag: "sharing-choose-\(contact.id)"
                ) { open(.shareChoose(contactId: contact.id)) }
            } else {
                OtherButton(label: strings["shell-sharing-compare"], tag: "sharing-compare-\(contact.id)") {
                    open(.shareCompare(contactId: contact.id))
                }
            }
        }
    }
}

/// Reads the sharing view and the plans held here; reloads after every change.
@MainActor
final class SharingHomeModel: ObservableObject {
    @Published private(set) var view: SharingHomeView?
    private let core: AppCore

    init(core: AppCore) {
        self.core = core
    }

    func load() {
        guard let sharing = core.read({ try $0.sharing() }),
              let plans = core.read({ try $0.supporterPlans() })
        else { return }
        view = SharingHomeView(sharing: sharing, plans: plans)
    }
}

/// The sharing home over the core.
struct SharingRoute: View {
    @EnvironmentObject private var core: AppCore
    @EnvironmentObject private var navigator: Navigator

    var body: some View {
        SharingHomeContent(model: SharingHomeModel(core: core), navigator: navigator)
    }
}

private struct SharingHomeContent: View {
    @StateObject var model: SharingHomeModel
    let navigator: Navigator
    @EnvironmentObject private var core: AppCore
    @Environment(\.strings) private var strings

    var body: some View {
        Group {
            if let view = model.view {
                SharingHomeScreen(view: view, open: navigator.open)
            } else {
                // The core refused (its sentence is in the banner) or has not answered yet.
                Screen(title: strings["shell-sharing-title"]) {}
            }
        }
        .onAppear(perform: model.load)
        .onChange(of: core.revision) { _ in model.load() }
    }
}

#if DEBUG
    struct SharingHomeScreen_Previews: PreviewProvider {
        static var previews: some View {
            let phones = SharingPreviewPhones.make(share: true)
            let fresh = PreviewCore.make()
            return Group {
                screen(phones.participant).previewDisplayName("Sharing with Sam")
                screen(phones.supporter).previewDisplayName("Holding Kari's plan")
                screen(fresh).previewDisplayName("Nobody yet")
            }
        }

        @MainActor @ViewBuilder
        private static func screen(_ core: AppCore) -> some View {
            if let sharing = core.read({ try $0.sharing() }), let plans = core.read({ try $0.supporterPlans() }) {
                NavigationStack {
                    SharingHomeScreen(view: SharingHomeView(sharing: sharing, plans: plans), open: { _ in })
                }
                .environment(\.strings, core.strings)
            }
        }
    }
#endif
