import Foundation
import StegvisCore
import SwiftUI
import UIKit

extension Navigator {
    /// Back to `route` when it is on the stack (the end of a sharing flow returns to the
    /// sharing home, as Android's `backTo`); otherwise straight to it from Today.
    func backTo(_ route: Route) {
        if let index = path.lastIndex(of: route) {
            path.removeSubrange((index + 1)...)
        } else {
            path = [route]
        }
    }
}

/// A sharing file on its way out (a plan copy or a withdrawal notice, sealed by the core):
/// written in a folder of its own in the temporary folder, handed to the share sheet, and
/// removed again once the sheet closes. Its content is encrypted for the one person it is
/// for; the name is the same as on Android, and Stegvis opens files with this ending.
struct OutgoingFile: Identifiable, Equatable {
    let url: URL

    var id: URL {
        url
    }

    /// The file the envelope travels in, as on Android.
    static let name = "stegvis-plan.stegvis-share"

    /// Removes every sharing file still waiting in the temporary folder (the app was
    /// closed while the share sheet was open, or everything was erased).
    static func removeAll() {
        let fm = FileManager.default
        let tmp = fm.temporaryDirectory
        let names = (try? fm.contentsOfDirectory(atPath: tmp.path)) ?? []
        for name in names where name.hasPrefix("stegvis-share-") {
            try? fm.removeItem(at: tmp.appendingPathComponent(name, isDirectory: true))
        }
    }

    /// Writes `envelope` whole (or not at all); `nil` when the phone's disk refused.
    static func write(_ envelope: Data) -> OutgoingFile? {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("stegvis-share-\(UUID().uuidString)", isDirectory: true)
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let url = folder.appendingPathComponent(name)
            try envelope.write(to: url, options: [.atomic, .completeFileProtection])
            return OutgoingFile(url: url)
        } catch {
            return nil
        }
    }

    /// The file and its folder are gone once it has been handed on.
    func remove() {
        try? FileManager.default.removeItem(at: url.deletingLastPathComponent())
    }
}

/// The system share sheet for one file: AirDrop, Messages, Mail, Files, whatever the
/// person uses. It closes itself when they sent it or changed their mind.
struct ActivitySheet: UIViewControllerRepresentable {
    let url: URL
    let onFinished: () -> Void

    func makeUIViewController(context: Context) -> UIActivityViewController {
        let sheet = UIActivityViewController(activityItems: [url], applicationActivities: nil)
        sheet.completionWithItemsHandler = { _, _, _, _ in
            onFinished()
        }
        return sheet
    }

    func updateUIViewController(_ uiViewController: UIActivityViewController, context: Context) {}
}

/// Shows the share sheet for `file` while it is set; when the sheet closes the file is
/// removed and `onDone` runs (the flow moves on).
private struct HandOver: ViewModifier {
    @Binding var file: OutgoingFile?
    let onDone: () -> Void
    @State private var shown: OutgoingFile?

    func body(content: Content) -> some View {
        content.sheet(item: $file, onDismiss: finished) { item in
            ActivitySheet(url: item.url) { file = nil }
                .presentationDetents([.medium, .large])
                .onAppear { shown = item }
        }
    }

    private func finished() {
        shown?.remove()
        shown = nil
        onDone()
    }
}

extension View {
    /// Hands `file` to the share sheet while it is set; `onDone` once the sheet closed.
    func handOver(_ file: Binding<OutgoingFile?>, onDone: @escaping () -> Void = {}) -> some View {
        modifier(HandOver(file: file, onDone: onDone))
    }
}

/// The twelve digits two people compare, large, read out one digit at a time.
struct Digits: View {
    let digits: String
    let tag: String

    var body: some View {
        Text(digits)
            .font(.largeTitle.bold().monospacedDigit())
            .speechSpellsOutCharacters()
            .fixedSize(horizontal: false, vertical: true)
            .accessibilityIdentifier(tag)
    }
}

/// One line of a list the core gave (a part of the plan shared): a dot, then its words.
struct BulletLine: View {
    let text: String

    var body: some View {
        HStack(alignment: .firstTextBaseline, spacing: 8) {
            Image(systemName: "circle.fill").font(.caption2).accessibilityHidden(true)
            Text(text).font(.body)
        }
    }
}

/// A group of lines on a quiet background, as Android's cards.
struct SharingCard<Content: View>: View {
    var tag: String?
    @ViewBuilder let content: () -> Content

    var body: some View {
        VStack(alignment: .leading, spacing: 6) {
            content()
        }
        .padding(12)
        .frame(maxWidth: .infinity, alignment: .leading)
        .background(Color.secondary.opacity(0.12))
        .clipShape(RoundedRectangle(cornerRadius: 12))
        .accessibilityElement(children: .contain)
        .accessibilityIdentifier(tag ?? "")
    }
}

#if DEBUG
    /// Two real installs for previews: the demo participant and a second install (Sam),
    /// paired and confirmed both ways, as Android's test fixtures make them.
    @MainActor
    struct SharingPreviewPhones {
        let participant: AppCore
        let supporter: AppCore
        /// Sam as the participant knows him.
        let samId: String

        /// `share`: the participant shares signs, what supporters can do and contacts
        /// with Sam, and Sam's install took the plan in.
        static func make(share: Bool) -> SharingPreviewPhones {
            let participant = PreviewCore.make()
            let supporter = PreviewCore.make()
            do {
                let sam = try participant.companion.sharePair(code: try supporter.companion.sharePairCode().text, name: "Sam")
                let kari = try supporter.companion.sharePair(code: try participant.companion.sharePairCode().text, name: "Kari")
                _ = try participant.companion.shareConfirm(contactId: sam.contactId)
                _ = try supporter.companion.shareConfirm(contactId: kari.contactId)
                if share {
                    let sent = try participant.companion.shareGrantAndSend(
                        contactId: sam.contactId,
                        sections: [.signs, .supporterActions, .contacts],
                        until: nil
                    )
                    _ = try supporter.companion.shareReceive(envelope: sent.envelope)
                }
                return SharingPreviewPhones(participant: participant, supporter: supporter, samId: sam.contactId)
            } catch {
                fatalError("the preview installs could not be paired: \(error)")
            }
        }
    }
#endif
