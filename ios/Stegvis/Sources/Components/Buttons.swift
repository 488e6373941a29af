import SwiftUI

/// The smallest target the app draws (Apple's 44 pt), whatever the text size.
let minTouch: CGFloat = 44

/// The main action of a card or a screen: filled, at least 44 pt high.
struct MainButton: View {
    let label: String
    let tag: String
    let action: () -> Void

    var body: some View {
        Button(action: action) {
            Text(label).frame(maxWidth: .infinity, minHeight: minTouch)
        }
        .buttonStyle(.borderedProminent)
        .accessibilityIdentifier(tag)
    }
}

/// A second action beside the main one: outlined, at least 44 pt high.
struct OtherButton: View {
    let label: String
    let tag: String
    let action: () -> Void

    var body: some View {
        Button(action: action) {
            Text(label).frame(maxWidth: .infinity, minHeight: minTouch)
        }
        .buttonStyle(.bordered)
        .accessibilityIdentifier(tag)
    }
}
