import StegvisCore
import SwiftUI
import UniformTypeIdentifiers

/// Taking in a file someone sent: pick it, and the core's words about what came in. A
/// refused file shows the core's sentence in the banner and changes nothing.
struct ReceiveScreen: View {
    let received: ReceivedEnvelope?
    let onPick: () -> Void
    let onOpenPlan: (String) -> Void
    @Environment(\.strings) private var strings

    var body: some View {
        Screen(title: strings["shell-sharing-receive-title"]) {
            if let received {
                SharingCard {
                    Text(received.text)
                        .font(.body)
                        .fixedSize(horizontal: false, vertical: true)
                        .accessibilityIdentifier("sharing-received")
                }
                if received.kind == .plan {
                    MainButton(label: strings["shell-sharing-open-plan"], tag: "sharing-received-open") {
                        onOpenPlan(received.contactId)
                    }
                }
            }
            Text(strings["shell-sharing-receive-hint"])
            if received == nil {
                MainButton(label: strings["shell-sharing-pick"], tag: "sharing-pick", action: onPick)
            } else {
                OtherButton(label: strings["shell-sharing-pick"], tag: "sharing-pick", action: onPick)
            }
        }
    }
}

/// Receiving over the core: the system's file picker, then the app's one inbox.
struct ShareReceiveRoute: View {
    @EnvironmentObject private var core: AppCore
    @EnvironmentObject private var navigator: Navigator

    var body: some View {
        ReceiveContent(inbox: SharingInbox.shared, core: core, navigator: navigator)
    }
}

private struct ReceiveContent: View {
    @ObservedObject var inbox: SharingInbox
    let core: AppCore
    let navigator: Navigator
    @State private var picking = false

    var body: some View {
        ReceiveScreen(
            received: inbox.last,
            onPick: { picking = true },
            onOpenPlan: { navigator.open(.supporterPlan(contactId: $0)) }
        )
        // Any file: the sharing file's own type is declared by the app, but a file that
        // came through a mail or a chat may have lost its ending; the core decides.
        .fileImporter(isPresented: $picking, allowedContentTypes: [.data]) { result in
            if case let .success(url) = result {
                inbox.receive(fileAt: url, core: core)
            }
        }
    }
}

#if DEBUG
    struct ReceiveScreen_Previews: PreviewProvider {
        static var previews: some View {
            let phones = SharingPreviewPhones.make(share: false)
            let inbox = SharingInbox()
            if let sent = phones.participant.write({
                try $0.shareGrantAndSend(contactId: phones.samId, sections: [.signs, .supporterActions], until: nil)
            }) {
                inbox.receive(sent.envelope, core: phones.supporter)
            }
            return Group {
                NavigationStack { ReceiveScreen(received: nil, onPick: {}, onOpenPlan: { _ in }) }
                    .previewDisplayName("Nothing yet")
                NavigationStack { ReceiveScreen(received: inbox.last, onPick: {}, onOpenPlan: { _ in }) }
                    .previewDisplayName("A plan came in")
            }
            .environment(\.strings, phones.supporter.strings)
        }
    }
#endif
