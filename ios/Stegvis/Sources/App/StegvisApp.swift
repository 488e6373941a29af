import StegvisCore
import SwiftUI

/// The app: the delegate's one session over the core, shown in one window.
@main
struct StegvisApp: App {
    /// Also where the app comes back to the front: `AppDelegate.becameActive`.
    @UIApplicationDelegateAdaptor(AppDelegate.self) private var delegate

    var body: some Scene {
        WindowGroup {
            AppWindow(session: delegate.session)
        }
    }
}

/// The window's content: the app over the open core, or why the data could not be opened.
private struct AppWindow: View {
    @ObservedObject var session: AppSession

    var body: some View {
        Group {
            if let core = session.core {
                // A new core (after erase) is a new app: every screen's state starts afresh.
                AppRoot(core: core, navigator: session.navigator).id(session.generation)
            } else if let problem = session.openProblem {
                Text(problem).padding().accessibilityIdentifier("open-problem")
            } else {
                ProgressView()
            }
        }
        .environmentObject(session)
        // A sharing file opened with Stegvis: handed to the core, then the receive screen.
        .onOpenURL { url in SharingInbox.shared.open(url, in: session) }
        .onAppear(perform: session.open)
    }
}
