import SwiftUI

/// One choice of several: the whole row is the target, its words the label, and
/// VoiceOver reads it as selected or not.
struct ChoiceRow: View {
    let label: String
    let selected: Bool
    let action: () -> Void

    var body: some View {
        Button(action: action) {
            HStack(spacing: 12) {
                Image(systemName: selected ? "largecircle.fill.circle" : "circle")
                    .accessibilityHidden(true)
                Text(label).frame(maxWidth: .infinity, alignment: .leading)
            }
            .frame(minHeight: minTouch)
            .contentShape(Rectangle())
        }
        .buttonStyle(.plain)
        .accessibilityAddTraits(selected ? [.isButton, .isSelected] : .isButton)
    }
}

/// Something on or off (a setting, a weekday): the whole row is the target.
struct ToggleRow: View {
    let label: String
    @Binding var isOn: Bool

    var body: some View {
        Toggle(label, isOn: $isOn)
            .frame(minHeight: minTouch)
    }
}

/// What a field takes: words, a whole number (number pad), or a secret (hidden as typed).
enum FieldKind {
    case text
    case number
    case secret
}

/// A field the person types in, with its label as a line of text above it (a long
/// label at the largest text size wraps instead of being cut), read by VoiceOver too.
struct LabeledField: View {
    let label: String
    @Binding var value: String
    let tag: String
    var kind: FieldKind = .text

    var body: some View {
        VStack(alignment: .leading, spacing: 4) {
            Text(label).font(.subheadline)
            Group {
                switch kind {
                case .secret:
                    SecureField(label, text: $value)
                case .number:
                    TextField(label, text: $value).keyboardType(.numberPad)
                case .text:
                    TextField(label, text: $value, axis: .vertical)
                }
            }
            .textFieldStyle(.roundedBorder)
            .frame(minHeight: minTouch)
            .accessibilityLabel(label)
            .accessibilityIdentifier(tag)
        }
    }
}
