import StegvisCore
import SwiftUI

/// What the person has written for a goal so far; kept by the screen's model, so a
/// refusal never loses it.
struct GoalDraft: Equatable {
    var text = ""
    var why = ""
    var area: LifeArea = .other
}

/// A goal in the person's own words: what, why (may stay empty) and the part of life,
/// from the core's list of life areas in the current language.
struct GoalForm: View {
    let draft: GoalDraft
    let areas: [LifeAreaOption]
    let onDraft: (GoalDraft) -> Void
    @Environment(\.strings) private var strings

    var body: some View {
        VStack(alignment: .leading, spacing: 12) {
            let what = strings["shell-goals-ask-text"]
            GoalsQuestion(words: what, small: true)
            GoalsAnswerField(label: what, value: binding(\.text), tag: "goal-text")
            let why = strings["shell-goals-ask-why"]
            GoalsQuestion(words: why, small: true)
            GoalsAnswerField(label: why, value: binding(\.why), tag: "goal-why")
            GoalsQuestion(words: strings["shell-goals-ask-area"], small: true)
            VStack(alignment: .leading, spacing: 0) {
                ForEach(areas, id: \.key) { option in
                    ChoiceRow(label: option.name, selected: option.area == draft.area) {
                        var changed = draft
                        changed.area = option.area
                        onDraft(changed)
                    }
                    .accessibilityIdentifier("area-\(option.key)")
                }
            }
        }
    }

    private func binding(_ field: WritableKeyPath<GoalDraft, String>) -> Binding<String> {
        Binding(
            get: { draft[keyPath: field] },
            set: { words in
                var changed = draft
                changed[keyPath: field] = words
                onDraft(changed)
            }
        )
    }
}
