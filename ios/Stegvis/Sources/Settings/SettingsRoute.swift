import StegvisCore
import SwiftUI
import UIKit
import UniformTypeIdentifiers
import UserNotifications

/// Settings over the core, and the device's part: the share sheet for an export, the
/// file picker for an import, whether notifications are allowed (and the iOS Settings
/// app where they can be), and starting afresh at the welcome after an erase.
struct SettingsRoute: View {
    @EnvironmentObject private var core: AppCore
    @EnvironmentObject private var session: AppSession

    var body: some View {
        SettingsContent(model: SettingsModel(core: core), afterErase: session.afterErase)
    }
}

private struct SettingsContent: View {
    @StateObject var model: SettingsModel
    let afterErase: () -> Void
    @State private var notificationsOff = false
    @EnvironmentObject private var core: AppCore
    @Environment(\.strings) private var strings
    @Environment(\.openURL) private var openURL
    @Environment(\.scenePhase) private var scenePhase

    var body: some View {
        Group {
            if let view = model.view {
                SettingsScreen(
                    view: view,
                    outcome: model.outcome,
                    notificationsOff: notificationsOff,
                    actions: SettingsActions(
                        chooseLanguage: model.chooseLanguage,
                        setReminders: model.setReminders,
                        export: { first, again in model.export(passphrase: first, again: again) },
                        exportReadable: model.exportReadable,
                        pickImport: { model.pickImport(passphrase: $0) },
                        erase: { model.erase(typed: $0, afterErase: afterErase) },
                        confirmsErase: model.confirmsErase,
                        openNotificationSettings: openNotificationSettings
                    )
                )
            } else {
                // The core refused (its sentence is in the banner) or has not answered yet.
                Screen(title: strings["shell-nav-settings"]) {}
            }
        }
        .onAppear(perform: model.load)
        .onChange(of: core.revision) { _ in model.load() }
        .task { await checkNotifications() }
        .onChange(of: scenePhase) { phase in
            // Back from the Settings app: notifications may be allowed now.
            if phase == .active {
                Task { await checkNotifications() }
            }
        }
        .sheet(item: $model.sharing, onDismiss: model.sharingClosed) { shared in
            SettingsShareSheet(items: shared.urls, onFinished: model.sharingClosed)
        }
        .fileImporter(isPresented: $model.picking, allowedContentTypes: [UTType.item]) { result in
            if case let .success(url) = result {
                model.importPicked(url)
            }
        }
    }

    /// Only a refusal counts: before the person was asked, iOS Settings has nothing to turn on yet.
    @MainActor
    private func checkNotifications() async {
        let settings = await UNUserNotificationCenter.current().notificationSettings()
        notificationsOff = settings.authorizationStatus == .denied
    }

    private func openNotificationSettings() {
        if let url = URL(string: UIApplication.openSettingsURLString) {
            openURL(url)
        }
    }
}

/// The system share sheet for files the person chose to share: the export, or the
/// files of the readable copy. Nothing leaves the phone unless they pick where.
struct SettingsShareSheet: UIViewControllerRepresentable {
    let items: [URL]
    /// The person sent, saved or cancelled: the sheet closes and the copies are removed.
    let onFinished: () -> Void

    func makeUIViewController(context: UIViewControllerRepresentableContext<SettingsShareSheet>) -> UIActivityViewController {
        let controller = UIActivityViewController(activityItems: items, applicationActivities: nil)
        controller.completionWithItemsHandler = { _, _, _, _ in onFinished() }
        return controller
    }

    func updateUIViewController(_ controller: UIActivityViewController, context: UIViewControllerRepresentableContext<SettingsShareSheet>) {}
}
