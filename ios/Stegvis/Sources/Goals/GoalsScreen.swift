import StegvisCore
import SwiftUI

/// What the person can do on the goals screen.
struct GoalsActions {
    var open: (String) -> Void
    var filter: (GoalFilter) -> Void
    var draft: (GoalDraft?) -> Void
    var save: () -> Void
}

/// The person's goals, each with the core's progress in words; goals being worked on
/// first, reached and set-aside ones one tap away. `draft` is a goal being written
/// (`nil`: the list with an "Add a goal" button).
struct GoalsScreen: View {
    let goals: [Goal]
    let filter: GoalFilter
    let areas: [LifeAreaOption]
    let draft: GoalDraft?
    let actions: GoalsActions
    @Environment(\.strings) private var strings

    private static let order: [GoalStatus] = [.active, .reached, .setAside]

    var body: some View {
        Screen(title: strings["shell-nav-goals"]) {
            if let draft {
                GoalForm(draft: draft, areas: areas) { actions.draft($0) }
                MainButton(label: strings["shell-save"], tag: "save-goal", action: actions.save)
                OtherButton(label: strings["shell-cancel"], tag: "cancel-goal") { actions.draft(nil) }
            } else {
                MainButton(label: strings["shell-goals-add"], tag: "add-goal") { actions.draft(GoalDraft()) }
                GoalsChips {
                    GoalsChip(label: strings["shell-goals-filter-active"], selected: filter == .active, tag: "filter-active") {
                        actions.filter(.active)
                    }
                    GoalsChip(label: strings["shell-goals-filter-all"], selected: filter == .all, tag: "filter-all") {
                        actions.filter(.all)
                    }
                }
                if goals.isEmpty {
                    Text(strings["shell-goals-none"]).font(.body)
                }
                // Active first; reached and set-aside goals under the core's name for their status.
                ForEach(Self.order, id: \.self) { status in
                    let group = goals.filter { $0.status == status }
                    if let first = group.first, filter == .all {
                        SectionTitle(text: first.statusName)
                    }
                    ForEach(group, id: \.id) { goal in
                        GoalCard(goal: goal) { actions.open(goal.id) }
                    }
                }
            }
        }
    }
}

/// One goal in the list: its words, its part of life and the core's progress; one tap opens it.
private struct GoalCard: View {
    let goal: Goal
    let onOpen: () -> Void

    var body: some View {
        Button(action: onOpen) {
            VStack(alignment: .leading, spacing: 4) {
                Text(goal.text).font(.headline)
                Text(goal.areaName).font(.subheadline).foregroundStyle(Color.accentColor)
                Text(goal.progress.label).font(.body)
                Text(goal.progress.activityLabel).font(.body)
            }
            .multilineTextAlignment(.leading)
            .padding(16)
            .frame(maxWidth: .infinity, minHeight: minTouch, alignment: .leading)
            .background(Color.secondary.opacity(0.12))
            .clipShape(RoundedRectangle(cornerRadius: 12))
            .contentShape(Rectangle())
        }
        .buttonStyle(.plain)
        .accessibilityElement(children: .combine)
        .accessibilityAddTraits(.isButton)
        .accessibilityIdentifier("goal-\(goal.id)")
    }
}

#if DEBUG
    struct GoalsScreen_Previews: PreviewProvider {
        @MainActor static var previews: some View {
            let core = PreviewCore.make()
            let goals = core.read { try $0.listGoals(filter: .all) } ?? []
            let areas = core.read { try $0.lifeAreas() } ?? []
            let actions = GoalsActions(open: { _ in }, filter: { _ in }, draft: { _ in }, save: {})
            return Group {
                NavigationStack {
                    GoalsScreen(goals: goals, filter: .all, areas: areas, draft: nil, actions: actions)
                }
                NavigationStack {
                    GoalsScreen(goals: goals, filter: .all, areas: areas, draft: GoalDraft(), actions: actions)
                }
                .previewDisplayName("Adding a goal")
            }
            .environment(\.strings, core.strings)
        }
    }
#endif
