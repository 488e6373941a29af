import StegvisCore
import SwiftUI

/// Every saved version of the plan, newest first, as the core labels them. `opened` is an
/// earlier version shown in full (read only) in a sheet; `onOpen(nil)` closes it.
struct PlanHistoryScreen: View {
    let history: [PlanVersionSummary]
    let opened: PlanView?
    let onOpen: (UInt32?) -> Void
    @Environment(\.strings) private var strings

    var body: some View {
        Screen(title: strings["shell-plan-history"]) {
            if history.isEmpty {
                Text(strings["shell-plan-history-empty"])
            }
            ForEach(history, id: \.version) { version in
                PlanCard {
                    Text(version.savedLabel).font(.subheadline.weight(.semibold))
                    Text(version.label).font(.callout)
                    Button {
                        onOpen(version.version)
                    } label: {
                        Text(strings["shell-plan-open"]).frame(minWidth: minTouch, minHeight: minTouch)
                    }
                    .buttonStyle(.bordered)
                    .accessibilityIdentifier("plan-open-\(version.version)")
                }
            }
        }
        .sheet(isPresented: Binding(get: { opened != nil }, set: { shown in
            if !shown {
                onOpen(nil)
            }
        })) {
            if let opened {
                NavigationStack {
                    PlanVersionScreen(view: opened, onClose: { onOpen(nil) })
                }
                .environment(\.strings, strings)
            }
        }
    }
}

/// One earlier version in full, read only: its label and every section that has entries.
struct PlanVersionScreen: View {
    let view: PlanView
    let onClose: () -> Void
    @Environment(\.strings) private var strings

    var body: some View {
        Screen(title: view.title) {
            Text(view.savedLabel)
                .font(.subheadline.weight(.semibold))
                .accessibilityIdentifier("plan-version-label")
            ForEach(view.sections.filter { !$0.items.isEmpty }, id: \.key) { section in
                SectionTitle(text: section.title)
                ForEach(section.items, id: \.number) { item in
                    PlanEntry(section: section.section, item: item, onCall: nil)
                }
            }
            OtherButton(label: strings["shell-plan-back-to-current"], tag: "plan-back-to-current", action: onClose)
        }
    }
}

#if DEBUG
    struct PlanHistoryScreen_Previews: PreviewProvider {
        static var previews: some View {
            let core = PreviewCore.make()
            NavigationStack {
                PlanHistoryScreen(
                    history: core.read { try $0.planHistory() } ?? [],
                    opened: nil,
                    onOpen: { _ in }
                )
            }
            .environment(\.strings, core.strings)
            if let first = core.read({ try $0.planVersion(version: 1) }) {
                NavigationStack {
                    PlanVersionScreen(view: first, onClose: {})
                }
                .environment(\.strings, core.strings)
            }
        }
    }
#endif
