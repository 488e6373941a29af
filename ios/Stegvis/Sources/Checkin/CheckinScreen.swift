import StegvisCore
import SwiftUI

/// What the person has entered so far; nothing is saved until Save.
struct CheckinAnswers: Equatable {
    /// Rating (0 to 3) by sign id; a sign not tapped is left out.
    var ratings: [String: UInt8] = [:]
    var note = ""
    /// Hours of sleep as typed; the core reads it ("6,5" or "6.5").
    var sleep = ""
}

/// What the check-in sends back.
struct CheckinActions {
    var rate: (String, UInt8) -> Void
    var note: (String) -> Void
    var sleep: (String) -> Void
    var save: () -> Void
}

/// The daily check-in on one screen: every sign of the core's form with its rating words
/// as large buttons (one tap each, the choice announced as selected), an optional note
/// and sleep, and Save. When today is already done, the form holds the saved answers.
struct CheckinScreen: View {
    let form: CheckinForm
    let answers: CheckinAnswers
    let actions: CheckinActions
    @Environment(\.strings) private var strings

    var body: some View {
        Screen(title: form.title) {
            if form.alreadyDone {
                Text(strings["shell-checkin-already-done"]).font(.body)
            }
            if form.signs.isEmpty {
                Text(strings["shell-checkin-no-signs"]).font(.body)
            }
            ForEach(form.signs, id: \.signId) { sign in
                SignRating(sign: sign, scale: form.scale, chosen: answers.ratings[sign.signId]) { value in
                    actions.rate(sign.signId, value)
                }
            }
            LabeledField(
                label: form.notePrompt,
                value: Binding(get: { answers.note }, set: actions.note),
                tag: "note"
            )
            VStack(alignment: .leading, spacing: 4) {
                Text(form.sleepPrompt).font(.subheadline)
                TextField(form.sleepPrompt, text: Binding(get: { answers.sleep }, set: actions.sleep))
                    .keyboardType(.decimalPad)
                    .textFieldStyle(.roundedBorder)
                    .frame(minHeight: minTouch)
                    .accessibilityLabel(form.sleepPrompt)
                    .accessibilityIdentifier("sleep")
            }
            MainButton(label: strings["shell-save"], tag: "save", action: actions.save)
                .padding(.bottom, 16)
        }
    }
}

/// One sign: its name, then its four rating words as buttons two by two, all the same
/// width, so they read in order and stay large at any text size (a word that wraps makes
/// both buttons of its row taller, never cut off).
private struct SignRating: View {
    let sign: CheckinFormSign
    let scale: [String]
    let chosen: UInt8?
    let onRate: (UInt8) -> Void

    var body: some View {
        VStack(alignment: .leading, spacing: 8) {
            Text(sign.name)
                .font(.title3)
                .padding(.top, 8)
                .accessibilityAddTraits(.isHeader)
            ForEach(Array(stride(from: 0, to: scale.count, by: 2)), id: \.self) { first in
                HStack(spacing: 8) {
                    ForEach(first ..< min(first + 2, scale.count), id: \.self) { index in
                        RatingButton(
                            word: scale[index],
                            selected: chosen == UInt8(index),
                            tag: "rate-\(sign.signId)-\(index)"
                        ) { onRate(UInt8(index)) }
                    }
                }
                .fixedSize(horizontal: false, vertical: true)
            }
        }
        .accessibilityElement(children: .contain)
    }
}

/// One rating word: the whole button is the target, the chosen one filled and bold.
private struct RatingButton: View {
    let word: String
    let selected: Bool
    let tag: String
    let action: () -> Void

    var body: some View {
        Button(action: action) {
            Text(word)
                .font(.body)
                .fontWeight(selected ? .bold : .regular)
                .multilineTextAlignment(.center)
                .padding(.horizontal, 14)
                .padding(.vertical, 12)
                .frame(maxWidth: .infinity, minHeight: 56, maxHeight: .infinity)
                .foregroundColor(selected ? Color.white : Color.primary)
                .background(selected ? Color.accentColor : Color.clear)
                .overlay(
                    RoundedRectangle(cornerRadius: 12)
                        .stroke(selected ? Color.accentColor : Color.secondary, lineWidth: selected ? 3 : 1)
                )
                .clipShape(RoundedRectangle(cornerRadius: 12))
                .contentShape(Rectangle())
        }
        .buttonStyle(.plain)
        .accessibilityAddTraits(selected ? [.isButton, .isSelected] : .isButton)
        .accessibilityIdentifier(tag)
    }
}

#if DEBUG
    struct CheckinScreen_Previews: PreviewProvider {
        static var previews: some View {
            let core = PreviewCore.make()
            if let form = core.read({ try $0.checkinForm(date: nil) }) {
                NavigationStack {
                    CheckinScreen(
                        form: form,
                        answers: CheckinModel.answers(from: form),
                        actions: CheckinActions(rate: { _, _ in }, note: { _ in }, sleep: { _ in }, save: {})
                    )
                }
                .environment(\.strings, core.strings)
            }
        }
    }
#endif
