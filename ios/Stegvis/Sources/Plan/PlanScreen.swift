import StegvisCore
import SwiftUI

/// What the person can do from the plan: change a section (by its key), see the history,
/// call a number.
struct PlanActions {
    var change: (String) -> Void
    var history: () -> Void
    var call: (String) -> Void
}

/// The relapse-prevention plan in full, every section in the core's words. A contact
/// with a number is one tap from the phone app. When the core refuses writes, the plan is
/// still shown and `readOnly` (the core's sentence) takes the place of the Change buttons.
struct PlanScreen: View {
    let view: PlanView
    let readOnly: String?
    let actions: PlanActions
    @Environment(\.strings) private var strings

    var body: some View {
        Screen(title: view.title) {
            Text(view.savedLabel).font(.callout)
            if let readOnly {
                ReadOnlyNote(sentence: readOnly)
            }
            ForEach(view.sections, id: \.key) { section in
                PlanCard {
                    SectionTitle(text: section.title)
                    if section.items.isEmpty {
                        Text(section.hint).font(.footnote)
                        Text(strings["shell-plan-empty"])
                    }
                    ForEach(section.items, id: \.number) { item in
                        PlanEntry(section: section.section, item: item, onCall: actions.call)
                    }
                    if readOnly == nil {
                        Button {
                            actions.change(section.key)
                        } label: {
                            Text(strings["shell-plan-change"]).frame(minWidth: minTouch, minHeight: minTouch)
                        }
                        .buttonStyle(.bordered)
                        .accessibilityIdentifier("plan-change-\(section.key)")
                    }
                }
            }
            if !view.rules.isEmpty {
                SectionTitle(text: strings["shell-plan-rules-title"])
                Text(strings["shell-plan-rules-hint"]).font(.footnote)
                ForEach(view.rules, id: \.number) { rule in
                    Text(rule.description)
                }
            }
            OtherButton(label: strings["shell-plan-history"], tag: "plan-history", action: actions.history)
        }
    }
}

#if DEBUG
    struct PlanScreen_Previews: PreviewProvider {
        static var previews: some View {
            let core = PreviewCore.make()
            if let view = core.read({ try $0.planView() }) {
                NavigationStack {
                    PlanScreen(
                        view: view,
                        readOnly: nil,
                        actions: PlanActions(change: { _ in }, history: {}, call: { _ in })
                    )
                }
                .environment(\.strings, core.strings)
            }
        }
    }
#endif
