#if DEBUG
    import SwiftUI

    /// A preview of one of the looking-back screens (history, modules, scale, progress,
    /// report) over the core's real demo data, in a navigation stack with the shell's words.
    struct LookingBackPreview<Content: View>: View {
        @ViewBuilder let content: @MainActor (AppCore) -> Content

        var body: some View {
            let core = PreviewCore.make()
            return NavigationStack { content(core) }
                .environment(\.strings, core.strings)
                .environmentObject(core)
                .environmentObject(Navigator())
        }
    }
#endif
