import SwiftUI

// Small pieces the goal and problem-solving screens share (Android's goals/Fields.kt): a
// question with its answer field, a row to tick, a choice among a few, a small action.
// Each is at least 44 pt to hit and wraps its words at any text size; nothing here
// decides anything.

/// A question as a heading, so VoiceOver reads it first and it is never cut off.
struct GoalsQuestion: View {
    let words: String
    var small = false

    var body: some View {
        Text(words)
            .font(small ? .headline : .title3)
            .frame(maxWidth: .infinity, alignment: .leading)
            .fixedSize(horizontal: false, vertical: true)
            .accessibilityAddTraits(.isHeader)
    }
}

/// A field for the person's own words; `label` is what VoiceOver says for it.
struct GoalsAnswerField: View {
    let label: String
    @Binding var value: String
    let tag: String
    var lines = 2

    var body: some View {
        TextField(label, text: $value, axis: .vertical)
            .lineLimit(lines...)
            .textFieldStyle(.roundedBorder)
            .frame(minHeight: minTouch)
            .accessibilityLabel(label)
            .accessibilityIdentifier(tag)
    }
}

/// Something to tick: one tap anywhere on the row, read with its words and whether it is ticked.
struct GoalsCheckRow: View {
    let label: String
    let checked: Bool
    var enabled = true
    let tag: String
    let onToggle: (Bool) -> Void

    var body: some View {
        Button {
            onToggle(!checked)
        } label: {
            HStack(spacing: 12) {
                Image(systemName: checked ? "checkmark.square.fill" : "square")
                    .font(.title3)
                    .accessibilityHidden(true)
                Text(label)
                    .font(.body)
                    .frame(maxWidth: .infinity, alignment: .leading)
                    .fixedSize(horizontal: false, vertical: true)
            }
            .frame(minHeight: minTouch)
            .contentShape(Rectangle())
        }
        .buttonStyle(.plain)
        .disabled(!enabled)
        .accessibilityAddTraits(checked ? [.isButton, .isSelected] : .isButton)
        .accessibilityIdentifier(tag)
    }
}

/// A choice among a few, drawn as a chip that shows when it is chosen.
struct GoalsChip: View {
    let label: String
    let selected: Bool
    let tag: String
    let action: () -> Void

    var body: some View {
        Button(action: action) {
            HStack(spacing: 6) {
                if selected {
                    Image(systemName: "checkmark").accessibilityHidden(true)
                }
                Text(label).fixedSize(horizontal: false, vertical: true)
            }
            .padding(.horizontal, 12)
            .frame(minWidth: minTouch, minHeight: minTouch)
            .background(selected ? Color.accentColor.opacity(0.2) : Color.clear)
            .overlay { Capsule().stroke(selected ? Color.accentColor : Color.secondary, lineWidth: 1) }
            .clipShape(Capsule())
            .contentShape(Capsule())
        }
        .buttonStyle(.plain)
        .accessibilityAddTraits(selected ? [.isButton, .isSelected] : .isButton)
        .accessibilityIdentifier(tag)
    }
}

/// Chips side by side while they fit the width, one under the other when they do not
/// (large text), so no word is ever cut.
struct GoalsChips<Content: View>: View {
    @ViewBuilder let content: () -> Content

    var body: some View {
        ViewThatFits(in: .horizontal) {
            HStack(spacing: 8) { content() }
            VStack(alignment: .leading, spacing: 8) { content() }
        }
    }
}

/// A small action in a row of actions (one under the other when the text is large).
struct GoalsSmallAction: View {
    let label: String
    let tag: String
    let action: () -> Void

    var body: some View {
        Button(action: action) {
            // The frame inside the label, so the whole 44 pt is the target, not only the words.
            Text(label).frame(minWidth: minTouch, minHeight: minTouch).contentShape(Rectangle())
        }
        .accessibilityIdentifier(tag)
    }
}

/// A label over a value, as the goal and plan summaries show them.
struct GoalsLabeled: View {
    let label: String
    let value: String

    var body: some View {
        VStack(alignment: .leading, spacing: 2) {
            Text(label).font(.subheadline).foregroundStyle(Color.secondary)
            Text(value).font(.body).fixedSize(horizontal: false, vertical: true)
        }
        .frame(maxWidth: .infinity, alignment: .leading)
        .accessibilityElement(children: .combine)
    }
}
