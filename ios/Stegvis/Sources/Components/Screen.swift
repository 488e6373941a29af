import SwiftUI

/// The frame every screen shares: its title in the navigation bar (wrapping with large
/// text), the core's last refusal above the content, then the content in a scrolling
/// column, so nothing is cut off at the accessibility text sizes.
struct Screen<Content: View>: View {
    let title: String
    @ViewBuilder let content: () -> Content

    var body: some View {
        ScrollView {
            VStack(alignment: .leading, spacing: 12) {
                content()
            }
            .frame(maxWidth: .infinity, alignment: .leading)
            .padding(.horizontal, 16)
            .padding(.vertical, 8)
        }
        .navigationTitle(title)
        .navigationBarTitleDisplayMode(.inline)
    }
}

/// A part of a screen: a heading VoiceOver can jump to.
struct SectionTitle: View {
    let text: String

    var body: some View {
        Text(text)
            .font(.headline)
            .foregroundStyle(Color.accentColor)
            .padding(.top, 8)
            .accessibilityAddTraits(.isHeader)
    }
}
