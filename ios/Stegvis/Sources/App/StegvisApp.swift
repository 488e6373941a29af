import StegvisCore
import SwiftUI

/// The app: one session over the core, shown in one window.
@main
struct StegvisApp: App {
    @UIApplicationDelegateAdaptor(AppDelegate.self) private var delegate
    @StateObject private var session = AppSession()
    @Environment(\.scenePhase) private var scenePhase

    var body: some Scene {
        WindowGroup {
            Group {
                if let core = session.core {
                    AppRoot(core: core, navigator: session.navigator)
                } else if let problem = session.openProblem {
                    Text(problem).padding().accessibilityIdentifier("open-problem")
                } else {
                    ProgressView()
                }
            }
            .environmentObject(session)
            // A sharing file opened with Stegvis: handed to the core, then the receive screen.
            .onOpenURL { url in SharingInbox.shared.open(url, in: session) }
            .onAppear {
                session.open()
                delegate.session = session
            }
        }
        .onChange(of: scenePhase) { phase in
            // Back to the front: the day may have changed, a reminder may have logged a dose.
            if phase == .active {
                session.open()
                session.core?.refresh()
                session.changed()
            }
        }
    }
}
