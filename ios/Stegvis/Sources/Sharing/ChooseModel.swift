import Foundation
import StegvisCore
import SwiftUI

/// What is chosen for one person, pre-filled from what is shared with them now; the
/// consent text is the core's for exactly this choice. Share records the consent, seals
/// the plan in one step (no consent is kept without the file that carries it) and hands
/// the file to the share sheet; Stop sharing does the same with the withdrawal notice.
@MainActor
final class ChooseModel: ObservableObject {
    @Published private(set) var view: ChooseView?
    @Published private(set) var confirmingStop = false
    /// The file to hand to the share sheet now.
    @Published var outgoing: OutgoingFile?
    /// True once shared or stopped, and the file handed on: the flow returns to sharing.
    @Published private(set) var done = false
    let contactId: String
    private let core: AppCore
    private var chosen: Set<PlanSection>?
    private var until: String?
    private var untilChosen = false

    init(core: AppCore, contactId: String) {
        self.core = core
        self.contactId = contactId
    }

    func load() {
        guard let sharing = core.read({ try $0.sharing() }),
              let contact = sharing.contacts.first(where: { $0.id == contactId }),
              let untilChoices = core.read({ try $0.shareUntilChoices() })
        else { return }
        let sections = chosen ?? Set(contact.consent?.sections ?? [])
        // A change starts from the end date in force; something new from the core's first choice.
        if !untilChosen {
            until = contact.consent != nil ? contact.consent?.until : untilChoices.first?.until
        }
        let consentText = sections.isEmpty ? nil : core.read {
            try $0.shareConsentText(contactId: contactId, sections: ordered(sections, sharing.sectionChoices), until: until)
        }
        view = ChooseView(
            contact: contact,
            choices: sharing.sectionChoices,
            untilChoices: untilChoices,
            sections: sections,
            until: until,
            consentText: consentText
        )
    }

    var actions: ChooseActions {
        ChooseActions(toggle: toggle, until: chooseUntil, share: share, stop: stop)
    }

    func toggle(_ section: PlanSection) {
        var now = view?.sections ?? []
        if now.contains(section) {
            now.remove(section)
        } else {
            now.insert(section)
        }
        chosen = now
        load()
    }

    func chooseUntil(_ choice: String?) {
        until = choice
        untilChosen = true
        load()
    }

    /// Shares what is chosen: the core keeps the consent and seals the file in one step.
    func share() {
        guard let view, !view.sections.isEmpty else { return }
        let sections = ordered(view.sections, view.choices)
        guard let sent = core.write({
            try $0.shareGrantAndSend(contactId: contactId, sections: sections, until: until)
        }) else { return }
        chosen = nil
        hand(sent.envelope)
    }

    /// The first tap asks; the second stops sharing and hands on the notice that removes
    /// their copy when they open it.
    func stop() {
        guard confirmingStop else {
            confirmingStop = true
            return
        }
        guard let notice = core.write({ try $0.shareWithdraw(contactId: contactId) }) else { return }
        confirmingStop = false
        hand(notice)
    }

    /// The share sheet closed: the flow is finished.
    func handedOver() {
        done = true
    }

    private func hand(_ envelope: Data) {
        outgoing = OutgoingFile.write(envelope)
        if outgoing == nil {
            core.report("shell-ios-sharing-file-failed")
            done = true
        }
    }

    /// The chosen parts in the order the core lists them (the core keeps the plan's order anyway).
    private func ordered(_ sections: Set<PlanSection>, _ choices: [SectionChoice]) -> [PlanSection] {
        choices.map(\.section).filter { sections.contains($0) }
    }
}

/// Choosing (or changing) what to share with one person, over the core.
struct ShareChooseRoute: View {
    let contactId: String
    @EnvironmentObject private var core: AppCore
    @EnvironmentObject private var navigator: Navigator

    var body: some View {
        ChooseContent(model: ChooseModel(core: core, contactId: contactId), navigator: navigator)
    }
}

private struct ChooseContent: View {
    @StateObject var model: ChooseModel
    let navigator: Navigator
    @EnvironmentObject private var core: AppCore

    var body: some View {
        Group {
            if let view = model.view {
                ChooseScreen(view: view, confirmingStop: model.confirmingStop, actions: model.actions)
            } else {
                Screen(title: "") {}
            }
        }
        .handOver($model.outgoing, onDone: model.handedOver)
        .onAppear(perform: model.load)
        .onChange(of: core.revision) { _ in model.load() }
        .onChange(of: model.done) { done in
            if done {
                navigator.backTo(.sharing)
            }
        }
    }
}
