import StegvisCore
import SwiftUI

/// What the person can do in the problem-solving flow.
struct SolveActions {
    var draft: (SolveDraft) -> Void
    var addIdea: () -> Void
    var removeIdea: (Int) -> Void
    var next: () -> Void
    var save: () -> Void
    var back: () -> Void
}

/// IMR problem solving for a stuck step, one question per screen with the core's words:
/// the problem, ideas, the good and hard sides of each, which to try, the first action
/// and a day to look back. Back returns to the previous question with every answer kept.
struct SolveScreen: View {
    let questions: SolveQuestions
    let draft: SolveDraft
    let page: SolvePage
    let actions: SolveActions
    @Environment(\.strings) private var strings

    var body: some View {
        Screen(title: strings["shell-goals-solve-title"]) {
            pageContent
            if page == .day {
                MainButton(label: strings["shell-goals-solve-save"], tag: "solve-save", action: actions.save)
            } else {
                MainButton(label: strings["shell-goals-next"], tag: "solve-next", action: actions.next)
            }
        }
        .navigationBarBackButtonHidden(true)
        .toolbar {
            ToolbarItem(placement: .navigationBarLeading) {
                SolveBackButton(action: actions.back)
            }
        }
    }

    @ViewBuilder private var pageContent: some View {
        let prompts = questions.prompts
        switch page {
        case .problem:
            Text(prompts.intro).font(.body).fixedSize(horizontal: false, vertical: true)
            SolveTextQuestion(question: prompts.problem, value: field(\.problem), tag: "solve-problem")
        case .ideas:
            ideasPage(prompts.options)
        case let .good(index):
            weighPage(index, good: true)
        case let .hard(index):
            weighPage(index, good: false)
        case .choose:
            GoalsQuestion(words: prompts.choose)
            ForEach(Array(draft.ideas.enumerated()), id: \.offset) { index, idea in
                ChoiceRow(label: idea.text, selected: draft.chosen == index) {
                    var next = draft
                    next.chosen = index
                    actions.draft(next)
                }
                .accessibilityIdentifier("choose-\(index)")
            }
        case .firstAction:
            SolveTextQuestion(question: prompts.firstAction, value: field(\.firstAction), tag: "solve-action")
        case .day:
            SolveDayQuestion(days: questions.days, chosen: draft.followUpDate) { date in
                var next = draft
                next.followUpDate = date
                actions.draft(next)
            }
        }
    }

    @ViewBuilder private func ideasPage(_ question: String) -> some View {
        GoalsQuestion(words: question)
        ForEach(Array(draft.ideas.enumerated()), id: \.offset) { index, idea in
            HStack(alignment: .center, spacing: 8) {
                Text(idea.text)
                    .font(.body)
                    .frame(maxWidth: .infinity, alignment: .leading)
                    .fixedSize(horizontal: false, vertical: true)
                GoalsSmallAction(label: strings["shell-goals-solve-remove-idea"], tag: "remove-idea-\(index)") {
                    actions.removeIdea(index)
                }
            }
            .padding(.leading, 16)
            .background(Color.accentColor.opacity(0.12))
            .clipShape(RoundedRectangle(cornerRadius: 12))
        }
        GoalsAnswerField(label: strings["shell-goals-solve-new-idea"], value: field(\.newIdea), tag: "solve-idea", lines: 1)
        OtherButton(label: strings["shell-goals-solve-add-idea"], tag: "solve-add-idea", action: actions.addIdea)
    }

    /// What is good (or hard) about one idea, asked in the core's words for that idea.
    @ViewBuilder private func weighPage(_ index: Int, good: Bool) -> some View {
        if draft.ideas.indices.contains(index),
           let asked = questions.weigh[draft.ideas[index].text],
           asked.indices.contains(good ? 0 : 1)
        {
            let value = Binding<String>(
                get: { good ? draft.ideas[index].good : draft.ideas[index].hard },
                set: { words in
                    var next = draft
                    if good {
                        next.ideas[index].good = words
                    } else {
                        next.ideas[index].hard = words
                    }
                    actions.draft(next)
                }
            )
            SolveTextQuestion(question: asked[good ? 0 : 1], value: value, tag: good ? "solve-good" : "solve-hard")
        }
    }

    private func field(_ path: WritableKeyPath<SolveDraft, String>) -> Binding<String> {
        Binding(
            get: { draft[keyPath: path] },
            set: { words in
                var next = draft
                next[keyPath: path] = words
                actions.draft(next)
            }
        )
    }
}

/// Back one question (or out of the flow on the first), in place of the system's back
/// button, so a tap never drops what was written.
struct SolveBackButton: View {
    let action: () -> Void
    @Environment(\.strings) private var strings

    var body: some View {
        Button(action: action) {
            HStack(spacing: 4) {
                Image(systemName: "chevron.backward").accessibilityHidden(true)
                Text(strings["shell-back"])
            }
            .frame(minWidth: minTouch, minHeight: minTouch)
            .contentShape(Rectangle())
        }
        .accessibilityIdentifier("back")
    }
}

/// A question in the core's words and the field for the answer.
struct SolveTextQuestion: View {
    let question: String
    @Binding var value: String
    let tag: String

    var body: some View {
        GoalsQuestion(words: question)
        GoalsAnswerField(label: question, value: $value, tag: tag)
    }
}

/// When to look back: the core's days, each in words.
struct SolveDayQuestion: View {
    let days: [FollowUpChoice]
    let chosen: String?
    let onChoose: (String) -> Void
    @Environment(\.strings) private var strings

    var body: some View {
        GoalsQuestion(words: strings["shell-goals-solve-ask-day"])
        ForEach(Array(days.enumerated()), id: \.offset) { index, day in
            ChoiceRow(label: day.label, selected: chosen == day.date) { onChoose(day.date) }
                .accessibilityIdentifier("day-\(index)")
        }
    }
}

/// The plan as saved: what to do first and when the core will ask how it went.
struct SolveSavedScreen: View {
    let plan: ProblemSolving
    let onDone: () -> Void
    @Environment(\.strings) private var strings

    var body: some View {
        Screen(title: strings["shell-goals-solve-title"]) {
            GoalsQuestion(words: strings["shell-goals-solve-saved"])
            GoalsLabeled(label: strings["shell-goals-plan-action"], value: plan.firstAction)
            GoalsLabeled(label: strings["shell-goals-plan-look-back-on"], value: plan.followUpLabel)
            MainButton(label: strings["shell-done"], tag: "solve-done", action: onDone)
        }
    }
}

#if DEBUG
    struct SolveScreen_Previews: PreviewProvider {
        @MainActor static var previews: some View {
            let core = PreviewCore.make()
            let prompts = core.read { try $0.solvePrompts() }
            let days = core.read { try $0.followUpChoices() } ?? []
            // The demo plan's own problem and ideas, as the person wrote them.
            let plan = GoalsPreviewData.plan(core)
            let ideas = (plan?.options ?? []).map { IdeaDraft(text: $0.text, good: $0.pros ?? "", hard: $0.cons ?? "") }
            var weigh: [String: [String]] = [:]
            for idea in ideas {
                weigh[idea.text] = core.read { try $0.solveWeighPrompts(option: idea.text) } ?? []
            }
            let draft = SolveDraft(
                problem: plan?.problem ?? "",
                ideas: ideas,
                newIdea: "",
                chosen: 0,
                firstAction: plan?.firstAction ?? "",
                followUpDate: days.first?.date
            )
            let actions = SolveActions(draft: { _ in }, addIdea: {}, removeIdea: { _ in }, next: {}, save: {}, back: {})
            return Group {
                if let prompts {
                    let questions = SolveQuestions(prompts: prompts, weigh: weigh, days: days)
                    NavigationStack {
                        SolveScreen(questions: questions, draft: draft, page: .problem, actions: actions)
                    }
                    .previewDisplayName("The problem")
                    NavigationStack {
                        SolveScreen(questions: questions, draft: draft, page: .ideas, actions: actions)
                    }
                    .previewDisplayName("Ideas")
                    NavigationStack {
                        SolveScreen(questions: questions, draft: draft, page: .good(idea: 0), actions: actions)
                    }
                    .previewDisplayName("What is good about an idea")
                    NavigationStack {
                        SolveScreen(questions: questions, draft: draft, page: .day, actions: actions)
                    }
                    .previewDisplayName("The day to look back")
                }
            }
            .environment(\.strings, core.strings)
        }
    }
#endif
