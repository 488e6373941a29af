import StegvisCore
import SwiftUI

/// The whole app over one open core: the shell's words, the core's refusals above every
/// screen, and the navigation stack. It opens at the welcome on the first run and at
/// Today after; the core decides which, once at launch (as Android's start route), so
/// the first goal kept on the welcome does not cut the welcome short.
struct AppRoot: View {
    @ObservedObject var core: AppCore
    @ObservedObject var navigator: Navigator
    @State private var firstRun: Bool?

    var body: some View {
        VStack(spacing: 0) {
            if let problem = core.problem {
                ProblemBanner(text: problem, dismissLabel: core.text("shell-close"), onDismiss: core.dismissProblem)
            }
            NavigationStack(path: $navigator.path) {
                Group {
                    if firstRun == true {
                        FirstRunRoute().environment(\.finishFirstRun, { firstRun = false })
                    } else {
                        TodayRoute()
                    }
                }
                .navigationDestination(for: Route.self) { route in
                    RouteDestination(route: route)
                }
            }
        }
        .environment(\.strings, core.strings)
        .environmentObject(core)
        .environmentObject(navigator)
        .onAppear {
            if firstRun == nil {
                firstRun = core.read { try $0.isFirstRun() } ?? false
            }
        }
    }
}
