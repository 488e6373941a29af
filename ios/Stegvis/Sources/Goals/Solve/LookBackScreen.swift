import StegvisCore
import SwiftUI

/// What the person can do while looking back.
struct LookBackActions {
    var draft: (LookBackDraft) -> Void
    var next: () -> Void
    var save: () -> Void
    var newPlan: () -> Void
    var done: () -> Void
    var back: () -> Void
}

/// Looking back at a plan on its day: how it went (helped, partly, not yet), a note,
/// then the core's next step: another idea from the same plan, a new plan, or done.
struct LookBackScreen: View {
    let view: LookBackView
    let draft: LookBackDraft
    let page: LookBackPage
    let actions: LookBackActions
    @Environment(\.strings) private var strings

    var body: some View {
        Screen(title: strings["shell-goals-look-back-title"]) {
            switch page {
            case .outcome:
                outcomePage
            case .note:
                SolveTextQuestion(question: view.prompts.note, value: field(\.note), tag: "look-back-note")
                MainButton(label: strings["shell-save"], tag: "look-back-save", action: actions.save)
            case .next:
                nextPage
            case .nextAction:
                SolveTextQuestion(question: view.solvePrompts.firstAction, value: field(\.nextAction), tag: "next-action")
                MainButton(label: strings["shell-goals-next"], tag: "look-back-next", action: actions.next)
            case .nextDay:
                SolveDayQuestion(days: view.days, chosen: draft.nextDate) { date in
                    var changed = draft
                    changed.nextDate = date
                    actions.draft(changed)
                }
                MainButton(label: strings["shell-goals-solve-save"], tag: "look-back-save", action: actions.save)
            case .finished:
                GoalsQuestion(words: strings["shell-goals-solve-saved"])
                GoalsLabeled(label: strings["shell-goals-plan-look-back-on"], value: view.plan.followUpLabel)
                MainButton(label: strings["shell-done"], tag: "look-back-done", action: actions.done)
            }
        }
        .navigationBarBackButtonHidden(true)
        .toolbar {
            ToolbarItem(placement: .navigationBarLeading) {
                SolveBackButton(action: actions.back)
            }
        }
    }

    @ViewBuilder private var outcomePage: some View {
        PlanSummary(plan: view.plan)
        GoalsQuestion(words: view.prompts.question)
        ForEach(Array(zip(view.prompts.outcomes, view.prompts.outcomeLabels).enumerated()), id: \.offset) { _, pair in
            ChoiceRow(label: pair.1, selected: draft.outcome == pair.0) {
                var changed = draft
                changed.outcome = pair.0
                actions.draft(changed)
            }
            .accessibilityIdentifier("outcome-\(Self.tag(pair.0))")
        }
        MainButton(label: strings["shell-goals-next"], tag: "look-back-next", action: actions.next)
    }

    @ViewBuilder private var nextPage: some View {
        let plan = view.plan
        GoalsQuestion(words: strings["shell-goals-look-back-thanks"])
        if let outcome = plan.outcomeLabel {
            Text(outcome).font(.body)
        }
        if let next = plan.nextOption, next >= 1, Int(next) <= plan.options.count {
            GoalsLabeled(label: strings["shell-goals-look-back-next-idea"], value: plan.options[Int(next) - 1].text)
            MainButton(label: view.prompts.tryNext, tag: "try-next", action: actions.next)
        }
        OtherButton(label: view.prompts.newPlan, tag: "new-plan", action: actions.newPlan)
        OtherButton(label: strings["shell-done"], tag: "look-back-done", action: actions.done)
    }

    private func field(_ path: WritableKeyPath<LookBackDraft, String>) -> Binding<String> {
        Binding(
            get: { draft[keyPath: path] },
            set: { words in
                var changed = draft
                changed[keyPath: path] = words
                actions.draft(changed)
            }
        )
    }

    /// The outcome's test tag, the same as Android's (its Kotlin enum name).
    static func tag(_ outcome: LookBackOutcome) -> String {
        switch outcome {
        case .helped: return "HELPED"
        case .partly: return "PARTLY"
        case .notYet: return "NOT_YET"
        }
    }
}

/// What the plan was: the problem, the idea tried and the first thing to do.
private struct PlanSummary: View {
    let plan: ProblemSolving
    @Environment(\.strings) private var strings

    var body: some View {
        VStack(alignment: .leading, spacing: 8) {
            GoalsLabeled(label: strings["shell-goals-look-back-problem"], value: plan.problem)
            if plan.chosen >= 1, Int(plan.chosen) <= plan.options.count {
                GoalsLabeled(label: strings["shell-goals-look-back-idea"], value: plan.options[Int(plan.chosen) - 1].text)
            }
            GoalsLabeled(label: strings["shell-goals-plan-action"], value: plan.firstAction)
        }
        .padding(16)
        .frame(maxWidth: .infinity, alignment: .leading)
        .background(Color.accentColor.opacity(0.12))
        .clipShape(RoundedRectangle(cornerRadius: 12))
    }
}

#if DEBUG
    struct LookBackScreen_Previews: PreviewProvider {
        @MainActor static var previews: some View {
            let core = PreviewCore.make()
            let view = GoalsPreviewData.plan(core).flatMap { plan in
                core.read { companion in
                    LookBackView(
                        plan: plan,
                        prompts: try companion.lookBackPrompts(),
                        solvePrompts: try companion.solvePrompts(),
                        days: try companion.followUpChoices()
                    )
                }
            }
            let actions = LookBackActions(draft: { _ in }, next: {}, save: {}, newPlan: {}, done: {}, back: {})
            return Group {
                if let view {
                    NavigationStack {
                        LookBackScreen(view: view, draft: LookBackDraft(), page: .outcome, actions: actions)
                    }
                    .previewDisplayName("How did it go?")
                    NavigationStack {
                        LookBackScreen(view: view, draft: LookBackDraft(), page: .next, actions: actions)
                    }
                    .previewDisplayName("What comes next")
                }
            }
            .environment(\.strings, core.strings)
        }
    }
#endif
