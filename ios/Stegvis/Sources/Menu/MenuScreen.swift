import SwiftUI

/// Every part of the app as one large button each: two taps reach anything, at any text size.
struct MenuScreen: View {
    let open: (Route) -> Void
    @Environment(\.strings) private var strings

    var body: some View {
        Screen(title: strings["shell-nav-more"]) {
            ForEach(Array(menuItems.enumerated()), id: \.offset) { _, entry in
                Button {
                    open(entry.route)
                } label: {
                    Text(strings[entry.label]).frame(maxWidth: .infinity, minHeight: 56)
                }
                .buttonStyle(.bordered)
                .accessibilityIdentifier("menu-\(entry.label)")
            }
        }
    }
}

/// The menu's order, the same as Android's.
let menuItems: [(route: Route, label: String)] = [
    (.today, "shell-nav-today"),
    (.goals, "shell-nav-goals"),
    (.checkin, "shell-nav-checkin"),
    (.trends, "shell-nav-trends"),
    (.history, "shell-calendar-title"),
    (.progress, "shell-nav-progress"),
    (.report, "shell-nav-report"),
    (.plan, "shell-nav-plan"),
    (.meds, "shell-nav-meds"),
    (.modules, "shell-modules-nav"),
    (.scaleHistory, "shell-scale-nav"),
    (.sharing, "shell-sharing-nav"),
    (.settings, "shell-nav-settings"),
]

/// The menu over the navigator.
struct MenuRoute: View {
    @EnvironmentObject private var navigator: Navigator

    var body: some View {
        MenuScreen(open: navigator.open)
    }
}
