import StegvisCore
import SwiftUI

/// One topic of the IMR Scale per screen: "Topic 3 of 15", the question, and five big
/// buttons each carrying its answer in the core's words (5 always points most towards
/// recovery, and comes first); the one chosen before is marked. Skip and Back are always
/// there. After the last topic: one screen with Save.
struct ScaleScreen: View {
    let form: ScaleForm
    let index: Int
    let chosen: UInt32?
    let onAnswer: (UInt32) -> Void
    let onSkip: () -> Void
    let onBack: () -> Void
    let onSave: () -> Void
    @Environment(\.strings) private var strings

    var body: some View {
        Screen(title: form.title) {
            if index < form.topics.count {
                if index == 0 {
                    Text(form.intro).font(.callout)
                }
                ScaleTopicPanel(topic: form.topics[index], chosen: chosen, onAnswer: onAnswer)
                OtherButton(label: strings["shell-scale-skip"], tag: "scale-skip", action: onSkip)
            } else {
                Text(form.intro).font(.body)
                Button(action: onSave) {
                    Text(strings["shell-scale-save"])
                        .font(.title3)
                        .frame(maxWidth: .infinity, minHeight: 64)
                }
                .buttonStyle(.borderedProminent)
                .accessibilityIdentifier("scale-save")
            }
            OtherButton(label: strings["shell-scale-back"], tag: "scale-back", action: onBack)
        }
        // Back in the bar goes one topic back too (and leaves from the first), so a
        // slip never drops the answers given.
        .navigationBarBackButtonHidden(true)
        .toolbar {
            ToolbarItem(placement: .navigationBarLeading) {
                Button(strings["shell-scale-back"], action: onBack)
                    .frame(minWidth: minTouch, minHeight: minTouch)
                    .accessibilityIdentifier("scale-back-bar")
            }
        }
    }
}

private struct ScaleTopicPanel: View {
    let topic: ScaleTopicView
    let chosen: UInt32?
    let onAnswer: (UInt32) -> Void

    var body: some View {
        Text(topic.progressLabel).font(.subheadline).accessibilityIdentifier("scale-progress")
        Text(topic.name).font(.title2).accessibilityAddTraits(.isHeader)
        Text(topic.question).font(.body)
        // 5 first: the answer that points most towards recovery leads, as people read down.
        ForEach(topic.anchors.reversed(), id: \.value) { anchor in
            ScaleAnswerButton(anchor: anchor, isChosen: chosen == anchor.value) {
                onAnswer(anchor.value)
            }
        }
    }
}

/// One answer: its number and its words, the whole width and at least 72 pt high.
private struct ScaleAnswerButton: View {
    let anchor: ScaleAnchor
    let isChosen: Bool
    let action: () -> Void

    var body: some View {
        Button(action: action) {
            VStack(alignment: .leading, spacing: 4) {
                Text(verbatim: "\(anchor.value)").font(.title2)
                Text(anchor.text).font(.body).multilineTextAlignment(.leading)
            }
            .frame(maxWidth: .infinity, minHeight: 72, alignment: .leading)
            .padding(.horizontal, 12)
            .padding(.vertical, 6)
            .foregroundStyle(isChosen ? Color.white : Color.primary)
            .background(isChosen ? Color.accentColor : Color.clear)
            .overlay(RoundedRectangle(cornerRadius: 12).stroke(Color.accentColor, lineWidth: isChosen ? 3 : 1))
            .clipShape(RoundedRectangle(cornerRadius: 12))
            .contentShape(Rectangle())
        }
        .buttonStyle(.plain)
        .accessibilityElement(children: .combine)
        .accessibilityAddTraits(isChosen ? [.isButton, .isSelected] : .isButton)
        .accessibilityIdentifier("answer-\(anchor.value)")
    }
}

#if DEBUG
    struct ScaleScreen_Previews: PreviewProvider {
        static var previews: some View {
            LookingBackPreview { core in
                if let form = core.read({ try $0.scaleTopics() }) {
                    ScaleScreen(
                        form: form,
                        index: 2,
                        chosen: 4,
                        onAnswer: { _ in },
                        onSkip: {},
                        onBack: {},
                        onSave: {}
                    )
                }
            }
        }
    }
#endif
