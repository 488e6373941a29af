import SwiftUI

/// The core's last refusal, in its own words, above every screen until the person
/// dismisses it: nothing was changed, and this says why.
struct ProblemBanner: View {
    let text: String
    let dismissLabel: String
    let onDismiss: () -> Void

    var body: some View {
        HStack(alignment: .top, spacing: 8) {
            Image(systemName: "exclamationmark.circle").accessibilityHidden(true)
            Text(text).frame(maxWidth: .infinity, alignment: .leading)
            Button(action: onDismiss) {
                Text(dismissLabel)
                    .frame(minWidth: minTouch, minHeight: minTouch)
                    .contentShape(Rectangle())
            }
            .accessibilityIdentifier("problem-dismiss")
        }
        .padding(12)
        .background(Color.red.opacity(0.12))
        .accessibilityElement(children: .contain)
        .accessibilityIdentifier("problem")
    }
}
