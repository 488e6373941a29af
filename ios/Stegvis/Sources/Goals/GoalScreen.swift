import StegvisCore
import SwiftUI

/// What the person can do on a goal's screen.
struct GoalActions {
    var toggle: (Step, Bool) -> Void
    var move: (Step, Int) -> Void
    var solve: (String) -> Void
    var lookBack: (String) -> Void
    var drafts: (GoalDrafts) -> Void
    var editGoal: () -> Void
    var editStep: (Step) -> Void
    var save: (GoalSave) -> Void
    var status: (GoalStatus) -> Void
}

/// One goal: its words, why it matters, the core's progress, and its steps in order. A
/// step is checked off (or opened again) with one tap on it; Move up and Move down
/// reorder without dragging; a stuck step offers to work it through.
struct GoalScreen: View {
    let view: GoalDetail
    let areas: [LifeAreaOption]
    let drafts: GoalDrafts
    let actions: GoalActions
    @Environment(\.strings) private var strings

    private var active: Bool {
        view.goal.status == .active
    }

    var body: some View {
        // A fixed title stays short; the goal's own words scroll with the rest.
        Screen(title: strings["shell-goals-goal"]) {
            if let goalDraft = drafts.goal {
                GoalForm(draft: goalDraft, areas: areas) { changed in
                    var next = drafts
                    next.goal = changed
                    actions.drafts(next)
                }
                MainButton(label: strings["shell-save"], tag: "save-goal") { actions.save(.goal) }
                OtherButton(label: strings["shell-cancel"], tag: "cancel-goal") {
                    var next = drafts
                    next.goal = nil
                    actions.drafts(next)
                }
            } else {
                Text(view.goal.text)
                    .font(.title2)
                    .fixedSize(horizontal: false, vertical: true)
                    .accessibilityAddTraits(.isHeader)
                GoalSummary(goal: view.goal)
                SectionTitle(text: strings["shell-goals-steps"])
                if !active {
                    Text(strings["shell-goals-not-active"]).font(.body)
                }
                ForEach(view.steps, id: \.id) { step in
                    StepItem(
                        step: step,
                        isLast: step.id == view.steps.last?.id,
                        active: active,
                        drafts: drafts,
                        actions: actions
                    )
                    Divider()
                }
                if active {
                    NewStepField(drafts: drafts, actions: actions)
                }
                SectionTitle(text: strings["shell-goals-status"])
                if active {
                    OtherButton(label: strings["shell-goals-reach"], tag: "reach") { actions.status(.reached) }
                    OtherButton(label: strings["shell-goals-set-aside"], tag: "set-aside") { actions.status(.setAside) }
                } else {
                    OtherButton(label: strings["shell-goals-resume"], tag: "resume") { actions.status(.active) }
                }
                OtherButton(label: strings["shell-goals-edit"], tag: "edit-goal", action: actions.editGoal)
            }
        }
    }
}

/// Why the goal matters, its part of life, where it stands and the core's progress.
private struct GoalSummary: View {
    let goal: Goal
    @Environment(\.strings) private var strings

    var body: some View {
        VStack(alignment: .leading, spacing: 4) {
            if let why = goal.why {
                GoalsLabeled(label: strings["shell-goals-why"], value: why)
            }
            Text(goal.areaName).font(.subheadline)
            if goal.status != .active {
                Text(goal.statusName).font(.headline)
            }
            Text(goal.progress.label).font(.body).accessibilityIdentifier("progress")
            // Steps that repeat are counted apart, week by week (never done for good).
            if goal.progress.total > 0, let repeating = goal.progress.repeatingLabel {
                Text(repeating).font(.body)
            }
            Text(goal.progress.activityLabel).font(.callout)
        }
        .padding(16)
        .frame(maxWidth: .infinity, alignment: .leading)
        .background(Color.accentColor.opacity(0.12))
        .clipShape(RoundedRectangle(cornerRadius: 12))
    }
}

/// One step: ticked off with one tap (a repeating one for today, with its rule and this
/// week's count under it), what the core says about it, open plans, and its actions.
private struct StepItem: View {
    let step: Step
    let isLast: Bool
    let active: Bool
    let drafts: GoalDrafts
    let actions: GoalActions
    @Environment(\.strings) private var strings

    var body: some View {
        VStack(alignment: .leading, spacing: 4) {
            if let editing = drafts.step, editing.stepId == step.id {
                editor(editing)
            } else {
                let checked = step.week?.doneToday ?? step.done
                GoalsCheckRow(label: step.text, checked: checked, enabled: active, tag: "step-\(step.id)") { done in
                    actions.toggle(step, done)
                }
                Group {
                    if let rule = ruleLine {
                        Text(rule)
                            .font(.body)
                            .accessibilityIdentifier("week-\(step.id)")
                    }
                    if let status = step.statusLabel {
                        Text(status).font(.callout)
                    }
                    if let assignment = step.assignmentLabel {
                        Text(assignment).font(.callout)
                    }
                    if active, step.stalled, !step.done {
                        Text(strings["shell-goals-stuck"]).font(.callout)
                    }
                    ForEach(step.plans.filter { $0.followedUpAt == nil }, id: \.id) { plan in
                        OpenPlan(plan: plan, onLookBack: { actions.lookBack(plan.id) })
                    }
                    if active {
                        stepActions
                    }
                }
                .padding(.leading, 36)
            }
        }
    }

    /// The core's words for the rule and this week's count, placed side by side as on
    /// Android: "3 times a week · 2 of 3 this week".
    private var ruleLine: String? {
        guard let rule = step.repeatLabel else { return nil }
        guard let week = step.week else { return rule }
        return "\(rule) · \(week.label)"
    }

    /// Move up, move down, change, and (for a stuck step) work it through; they stack
    /// one under the other when the text is large.
    private var stepActions: some View {
        ViewThatFits(in: .horizontal) {
            HStack(spacing: 4) { stepActionButtons }
            VStack(alignment: .leading, spacing: 0) { stepActionButtons }
        }
    }

    @ViewBuilder private var stepActionButtons: some View {
        if step.position > 1 {
            GoalsSmallAction(label: strings["shell-goals-move-up"], tag: "up-\(step.id)") { actions.move(step, -1) }
        }
        if !isLast {
            GoalsSmallAction(label: strings["shell-goals-move-down"], tag: "down-\(step.id)") { actions.move(step, 1) }
        }
        GoalsSmallAction(label: strings["shell-goals-step-change"], tag: "edit-\(step.id)") { actions.editStep(step) }
        if step.stalled, !step.done {
            GoalsSmallAction(label: strings["shell-goals-work-through"], tag: "solve-\(step.id)") { actions.solve(step.id) }
        }
    }

    /// The step's words and rule being changed, with Save and Cancel.
    @ViewBuilder private func editor(_ editing: StepDraft) -> some View {
        let label = strings["shell-goals-step-edit"]
        Text(label).font(.subheadline)
        GoalsAnswerField(
            label: label,
            value: Binding(
                get: { editing.text },
                set: { words in
                    var next = drafts
                    next.step?.text = words
                    actions.drafts(next)
                }
            ),
            tag: "step-text"
        )
        RepeatPicker(draft: editing.repeatDraft, tagPrefix: "edit-") { changed in
            var next = drafts
            next.step?.repeatDraft = changed
            actions.drafts(next)
        }
        HStack(spacing: 8) {
            GoalsSmallAction(label: strings["shell-save"], tag: "save-step") { actions.save(.step) }
            GoalsSmallAction(label: strings["shell-cancel"], tag: "cancel-step") {
                var next = drafts
                next.step = nil
                actions.drafts(next)
            }
        }
    }
}

/// A plan made for a step and not looked back at yet: what to do first, when to look
/// back, and a way to look back now.
private struct OpenPlan: View {
    let plan: ProblemSolving
    let onLookBack: () -> Void
    @Environment(\.strings) private var strings

    var body: some View {
        VStack(alignment: .leading, spacing: 4) {
            GoalsLabeled(label: strings["shell-goals-plan-action"], value: plan.firstAction)
            GoalsLabeled(label: strings["shell-goals-plan-look-back-on"], value: plan.followUpLabel)
            OtherButton(label: strings["shell-goals-look-back-open"], tag: "look-back-\(plan.id)", action: onLookBack)
        }
        .padding(12)
        .frame(maxWidth: .infinity, alignment: .leading)
        .background(Color.orange.opacity(0.12))
        .clipShape(RoundedRectangle(cornerRadius: 12))
    }
}

/// A new small step in the person's words, and how often it is meant.
private struct NewStepField: View {
    let drafts: GoalDrafts
    let actions: GoalActions
    @Environment(\.strings) private var strings

    var body: some View {
        let ask = strings["shell-goals-ask-step"]
        VStack(alignment: .leading, spacing: 8) {
            GoalsQuestion(words: ask, small: true)
            GoalsAnswerField(
                label: ask,
                value: Binding(
                    get: { drafts.newStep },
                    set: { words in
                        var next = drafts
                        next.newStep = words
                        actions.drafts(next)
                    }
                ),
                tag: "new-step",
                lines: 1
            )
            RepeatPicker(draft: drafts.newStepRepeat) { changed in
                var next = drafts
                next.newStepRepeat = changed
                actions.drafts(next)
            }
            MainButton(label: strings["shell-goals-add-step"], tag: "add-step") { actions.save(.newStep) }
        }
        .padding(.top, 8)
    }
}

#if DEBUG
    struct GoalScreen_Previews: PreviewProvider {
        @MainActor static var previews: some View {
            let core = PreviewCore.make()
            let areas = core.read { try $0.lifeAreas() } ?? []
            // The demo goal with a stuck step or a plan to look back at, else the first.
            let details = GoalsPreviewData.details(core)
            let shown = details.first { detail in detail.steps.contains { $0.stalled || !$0.plans.isEmpty } } ?? details.first
            let actions = GoalActions(
                toggle: { _, _ in },
                move: { _, _ in },
                solve: { _ in },
                lookBack: { _ in },
                drafts: { _ in },
                editGoal: {},
                editStep: { _ in },
                save: { _ in },
                status: { _ in }
            )
            return Group {
                if let shown {
                    NavigationStack {
                        GoalScreen(view: shown, areas: areas, drafts: GoalDrafts(), actions: actions)
                    }
                }
            }
            .environment(\.strings, core.strings)
        }
    }
#endif
