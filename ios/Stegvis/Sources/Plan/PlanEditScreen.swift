import StegvisCore
import SwiftUI

/// What the person can do to one section's entries; each is one edit the core saves as a
/// new version of the plan.
struct PlanEditActions {
    var add: (PlanItem) -> Void
    /// True when the core kept the change (the entry's form then closes).
    var replace: (UInt32, PlanItem) -> Bool
    var remove: (UInt32) -> Void
    var move: (UInt32, UInt32) -> Void
}

/// One section of the plan, the person's signs (for the signs section), and the core's
/// sentence when writes are refused.
struct PlanEditView {
    let section: PlanSectionView
    let signs: [Sign]
    let readOnly: String?
}

/// One section of the plan to change: each entry can be changed, removed or moved, and a
/// new one added at the end. Which fields an entry has follows the section (a sign is
/// picked from the person's signs, a contact has a way to reach them and a kind).
struct PlanEditScreen: View {
    let view: PlanEditView
    let actions: PlanEditActions
    @Environment(\.strings) private var strings

    var body: some View {
        Screen(title: view.section.title) {
            Text(view.section.hint).font(.callout)
            if let readOnly = view.readOnly {
                ReadOnlyNote(sentence: readOnly)
                ForEach(view.section.items, id: \.number) { item in
                    PlanEntry(section: view.section.section, item: item, onCall: nil)
                }
            } else {
                if view.section.items.isEmpty {
                    Text(strings["shell-plan-empty"])
                }
                // By the whole entry: a changed entry starts closed again.
                ForEach(view.section.items, id: \.self) { item in
                    PlanEntryCard(
                        section: view.section.section,
                        item: item,
                        last: Int(item.number) == view.section.items.count,
                        signs: view.signs,
                        actions: actions
                    )
                }
                SectionTitle(text: strings["shell-plan-add-title"])
                PlanItemForm(section: view.section.section, initial: nil, signs: view.signs, tag: "plan-new") { item in
                    actions.add(item)
                    return true
                }
                // Once added, the form starts empty again; a refusal keeps what was typed.
                .id(view.section.items.count)
            }
        }
    }
}

/// One entry with its buttons, or its form while being changed.
private struct PlanEntryCard: View {
    let section: PlanSection
    let item: PlanItemView
    let last: Bool
    let signs: [Sign]
    let actions: PlanEditActions
    @State private var editing = false
    @Environment(\.strings) private var strings

    var body: some View {
        PlanCard {
            PlanEntry(section: section, item: item, onCall: nil)
            if editing {
                PlanItemForm(section: section, initial: item.item, signs: signs, tag: "plan-edit-\(item.number)") { changed in
                    let saved = actions.replace(item.number, changed)
                    if saved {
                        editing = false
                    }
                    return saved
                }
                Button {
                    editing = false
                } label: {
                    Text(strings["shell-cancel"]).frame(minWidth: minTouch, minHeight: minTouch).contentShape(Rectangle())
                }
            } else {
                ViewThatFits(in: .horizontal) {
                    HStack(spacing: 8) { buttons }
                    VStack(alignment: .leading, spacing: 8) { buttons }
                }
            }
        }
        .accessibilityElement(children: .contain)
        .accessibilityIdentifier("plan-entry-\(item.number)")
    }

    @ViewBuilder private var buttons: some View {
        EntryButton(label: strings["shell-plan-edit-entry"], tag: "plan-entry-\(item.number)-change") { editing = true }
        EntryButton(label: strings["shell-plan-remove"], tag: "plan-entry-\(item.number)-remove") {
            actions.remove(item.number)
        }
        if item.number > 1 {
            EntryButton(label: strings["shell-plan-move-up"], tag: "plan-entry-\(item.number)-up") {
                actions.move(item.number, item.number - 1)
            }
        }
        if !last {
            EntryButton(label: strings["shell-plan-move-down"], tag: "plan-entry-\(item.number)-down") {
                actions.move(item.number, item.number + 1)
            }
        }
    }
}

private struct EntryButton: View {
    let label: String
    let tag: String
    let action: () -> Void

    var body: some View {
        Button(action: action) {
            Text(label).frame(minWidth: minTouch, minHeight: minTouch)
        }
        .buttonStyle(.bordered)
        .accessibilityIdentifier(tag)
    }
}

/// A contact's kind with its shell words and the name Android's test tags use.
private struct ContactKindChoice {
    let kind: ContactKind
    let label: String
    let tagName: String

    static let all: [ContactKindChoice] = [
        ContactKindChoice(kind: .supporter, label: "shell-plan-kind-supporter", tagName: "SUPPORTER"),
        ContactKindChoice(kind: .clinic, label: "shell-plan-kind-clinic", tagName: "CLINIC"),
        ContactKindChoice(kind: .crisisLine, label: "shell-plan-kind-crisis-line", tagName: "CRISIS_LINE"),
        ContactKindChoice(kind: .other, label: "shell-plan-kind-other", tagName: "OTHER"),
    ]
}

/// The fields an entry of `section` has, filled from `initial` when changing one.
/// `onSave` is true when the core kept it.
private struct PlanItemForm: View {
    let section: PlanSection
    let initial: PlanItem?
    let signs: [Sign]
    let tag: String
    let onSave: (PlanItem) -> Bool
    @State private var words: String
    @State private var supporter: String
    @State private var reach: String
    @State private var kind: ContactKind
    @State private var sign: String?
    @Environment(\.strings) private var strings

    init(section: PlanSection, initial: PlanItem?, signs: [Sign], tag: String, onSave: @escaping (PlanItem) -> Bool) {
        self.section = section
        self.initial = initial
        self.signs = signs
        self.tag = tag
        self.onSave = onSave
        _words = State(initialValue: initial?.text ?? "")
        _supporter = State(initialValue: initial?.supporter ?? "")
        _reach = State(initialValue: initial?.reach ?? "")
        _kind = State(initialValue: initial?.contactKind ?? .other)
        _sign = State(initialValue: initial?.signId)
    }

    var body: some View {
        VStack(alignment: .leading, spacing: 8) {
            fields
            MainButton(label: strings[initial == nil ? "shell-plan-add" : "shell-save"], tag: "\(tag)-save") {
                _ = onSave(
                    PlanItem(
                        text: words,
                        supporter: section == .supporterActions ? supporter : nil,
                        reach: section == .contacts ? reach : nil,
                        contactKind: section == .contacts ? kind : nil,
                        signId: section == .signs ? sign : nil
                    )
                )
            }
        }
    }

    @ViewBuilder private var fields: some View {
        switch section {
        case .signs:
            signPicker
        case .contacts:
            LabeledField(label: strings["shell-plan-contact-name"], value: $words, tag: "\(tag)-text")
            LabeledField(label: strings["shell-plan-contact-reach"], value: $reach, tag: "\(tag)-reach")
            Text(strings["shell-plan-contact-kind"])
            ForEach(ContactKindChoice.all, id: \.tagName) { choice in
                ChoiceRow(label: strings[choice.label], selected: kind == choice.kind) { kind = choice.kind }
                    .accessibilityIdentifier("\(tag)-kind-\(choice.tagName)")
            }
        case .supporterActions:
            LabeledField(label: strings["shell-plan-text"], value: $words, tag: "\(tag)-text")
            LabeledField(label: strings["shell-plan-supporter"], value: $supporter, tag: "\(tag)-supporter")
        case .triggers, .actions, .whatHelped, .preferences:
            LabeledField(label: strings["shell-plan-text"], value: $words, tag: "\(tag)-text")
        }
    }

    @ViewBuilder private var signPicker: some View {
        if signs.isEmpty {
            Text(strings["shell-plan-no-signs"])
        } else {
            Text(strings["shell-plan-pick-sign"])
            ForEach(signs, id: \.id) { choice in
                ChoiceRow(label: choice.name, selected: sign == choice.id) { sign = choice.id }
                    .accessibilityIdentifier("\(tag)-sign-\(choice.position)")
            }
        }
    }
}

#if DEBUG
    struct PlanEditScreen_Previews: PreviewProvider {
        static var previews: some View {
            let core = PreviewCore.make()
            if let plan = core.read({ try $0.planView() }), let section = plan.sections.first(where: { $0.section == .contacts }) {
                NavigationStack {
                    PlanEditScreen(
                        view: PlanEditView(section: section, signs: core.read { try $0.listSigns(includeRetired: false) } ?? [], readOnly: nil),
                        actions: PlanEditActions(add: { _ in }, replace: { _, _ in true }, remove: { _ in }, move: { _, _ in })
                    )
                }
                .environment(\.strings, core.strings)
            }
        }
    }
#endif
