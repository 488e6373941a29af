import StegvisCore
import SwiftUI

/// Today, as the core's `TodayView` orders it: its title, every section with its items
/// and their one-tap actions, the plan block when the core raised one, or the core's
/// kind words when there is nothing at all.
struct TodayScreen: View {
    let view: TodayView
    let actions: TodayActions
    @Environment(\.strings) private var strings

    var body: some View {
        Screen(title: view.title) {
            if let empty = view.emptyText {
                Text(empty).font(.body)
            }
            ForEach(view.sections, id: \.kind) { section in
                SectionTitle(text: section.title)
                if section.kind == TodaySectionKind.plan, let block = view.planBlock {
                    PlanBlockCard(
                        block: block,
                        rulesText: section.items.first?.detail,
                        onOpenPlan: { actions.open(.plan) },
                        onDial: actions.dial
                    )
                } else {
                    // By the item itself, so an open snooze choice stays with its dose when
                    // an item above it goes away.
                    ForEach(section.items, id: \.self) { item in
                        TodayItemCard(item: item, snoozeChoices: view.snoozeChoices, actions: actions)
                    }
                }
            }
        }
        .toolbar {
            ToolbarItem(placement: .primaryAction) {
                Button {
                    actions.open(.menu)
                } label: {
                    Text(strings["shell-menu"]).frame(minWidth: minTouch, minHeight: minTouch)
                }
                .accessibilityIdentifier("menu")
            }
        }
    }
}

/// One item: its words, then its buttons by kind, the first being the main one.
private struct TodayItemCard: View {
    let item: TodayItem
    let snoozeChoices: [SnoozeChoice]
    let actions: TodayActions
    @State private var snoozing = false
    @Environment(\.strings) private var strings

    var body: some View {
        VStack(alignment: .leading, spacing: 8) {
            Text(item.title).font(.headline)
            if let detail = item.detail {
                Text(detail).font(.body)
            }
            buttons
            if snoozing, let occurrence = item.occurrenceId {
                ForEach(snoozeChoices, id: \.minutes) { choice in
                    OtherButton(label: choice.label, tag: "snooze-\(choice.minutes)-\(occurrence)") {
                        snoozing = false
                        actions.logDose(occurrence, DoseAction.snooze(minutes: choice.minutes))
                    }
                }
            }
        }
        .padding(16)
        .frame(maxWidth: .infinity, alignment: .leading)
        .background(emphasised ? Color.accentColor.opacity(0.18) : Color.secondary.opacity(0.12))
        .clipShape(RoundedRectangle(cornerRadius: 12))
    }

    /// A missed dose and a due check-in stand out from the rest.
    private var emphasised: Bool {
        item.kind == TodayItemKind.doseMissed || item.kind == TodayItemKind.checkinDue
    }

    @ViewBuilder private var buttons: some View {
        switch item.kind {
        case .checkinDue:
            MainButton(label: strings["shell-today-checkin-open"], tag: "open-checkin") { actions.open(.checkin) }
        case .planPrompt:
            MainButton(label: strings["shell-today-plan-open"], tag: "open-plan") { actions.open(.plan) }
        case .stepDue, .stepOverdue, .nextStep, .stalledStep:
            stepButtons
        case .followUp:
            if let plan = item.problemSolvingId {
                MainButton(label: strings["shell-today-look-back"], tag: "look-back-\(plan)") {
                    actions.open(.lookBack(problemSolvingId: plan))
                }
            }
        case .doseDue, .doseMissed, .doseTaken:
            doseButtons
        case .scaleDue:
            MainButton(label: strings["shell-today-scale-open"], tag: "open-scale") { actions.open(.scale) }
        case .refill:
            if let med = item.medicationId {
                OtherButton(label: strings["shell-today-med-open"], tag: "med-\(med)") {
                    actions.open(.med(medicationId: med))
                }
            }
        }
    }

    /// A step: check it off (or, when it is stuck, make a new plan for it), and open its goal.
    @ViewBuilder private var stepButtons: some View {
        if let step = item.stepId {
            if item.kind == TodayItemKind.stalledStep {
                MainButton(label: strings["shell-today-solve"], tag: "solve-\(step)") {
                    actions.open(.solve(stepId: step))
                }
            } else {
                MainButton(label: strings["shell-today-step-done"], tag: "done-\(step)") { actions.completeStep(step) }
            }
            if let goal = item.goalId {
                OtherButton(label: strings["shell-today-goal-open"], tag: "goal-\(step)") {
                    actions.open(.goal(goalId: goal))
                }
            }
        }
    }

    /// A dose not noted yet: take, skip or snooze it; one taken: undo a mistake.
    @ViewBuilder private var doseButtons: some View {
        if let occurrence = item.occurrenceId {
            if item.kind == TodayItemKind.doseTaken {
                OtherButton(label: strings["shell-today-dose-undo"], tag: "undo-\(occurrence)") {
                    actions.undoDose(occurrence)
                }
            } else {
                MainButton(label: strings["shell-today-dose-take"], tag: "take-\(occurrence)") {
                    actions.logDose(occurrence, DoseAction.take(at: nil))
                }
                OtherButton(label: strings["shell-today-dose-skip"], tag: "skip-\(occurrence)") {
                    actions.logDose(occurrence, DoseAction.skip(reason: nil))
                }
                OtherButton(label: strings["shell-today-dose-snooze"], tag: "snooze-\(occurrence)") {
                    snoozing.toggle()
                }
            }
        }
    }
}
