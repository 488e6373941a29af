import SwiftUI

/// The app's one navigation stack. Screens get `open` and `back` from it and never hold
/// the path themselves; a tapped notification or a received file opens a route here.
@MainActor
final class Navigator: ObservableObject {
    @Published var path: [Route] = []

    /// Goes to `route`; Today is the root, so opening it returns there.
    func open(_ route: Route) {
        if route == .today {
            path.removeAll()
        } else {
            path.append(route)
        }
    }

    /// One screen back.
    func back() {
        if !path.isEmpty {
            path.removeLast()
        }
    }

    /// Back to Today, for a flow that is finished (a saved check-in, a new medicine).
    func home() {
        path.removeAll()
    }
}
