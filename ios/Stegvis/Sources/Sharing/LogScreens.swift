import Foundation
import StegvisCore
import SwiftUI

/// Every sharing event on this phone, newest first, as the core words it (no plan content).
struct AuditScreen: View {
    let entries: [AuditEntry]
    @Environment(\.strings) private var strings

    var body: some View {
        Screen(title: strings["shell-sharing-audit-title"]) {
            if entries.isEmpty {
                Text(strings["shell-sharing-audit-empty"])
            }
            ForEach(Array(entries.enumerated()), id: \.offset) { index, entry in
                VStack(alignment: .leading, spacing: 2) {
                    Text(entry.atLabel).font(.footnote).foregroundStyle(.secondary)
                    Text(entry.text).font(.body).fixedSize(horizontal: false, vertical: true)
                }
                .frame(maxWidth: .infinity, alignment: .leading)
                .accessibilityElement(children: .combine)
                .accessibilityIdentifier("sharing-audit-\(index)")
            }
        }
    }
}

/// Every consent, current first: who, which parts, for how long, the exact words, and its
/// history. A consent in force can be withdrawn here too: the first tap asks, the second
/// stops sharing and hands on the notice that removes their copy.
struct ConsentsScreen: View {
    let consents: [ConsentView]
    /// The consent whose "Stop sharing" was tapped once and now asks.
    let confirmingStop: String?
    let onStop: (ConsentView) -> Void
    @Environment(\.strings) private var strings

    var body: some View {
        Screen(title: strings["shell-sharing-consents-title"]) {
            if consents.isEmpty {
                Text(strings["shell-sharing-consents-empty"])
            }
            ForEach(consents, id: \.id) { consent in
                SharingCard(tag: "sharing-consent-\(consent.id)") {
                    SectionTitle(text: consent.contactName)
                    Text(consent.statusLabel).font(.subheadline.bold())
                    Text(consent.periodLabel).font(.body)
                    ForEach(consent.sectionTitles, id: \.self) { title in
                        BulletLine(text: title)
                    }
                    Text(strings["shell-sharing-consent-words"]).font(.footnote)
                    Text(consent.text).font(.callout).fixedSize(horizontal: false, vertical: true)
                    ForEach(Array(consent.history.enumerated()), id: \.offset) { _, line in
                        Text(line).font(.footnote).foregroundStyle(.secondary)
                    }
                    if consent.isCurrent {
                        StopSharing(
                            confirming: confirmingStop == consent.id,
                            tag: "sharing-consent-stop-\(consent.id)"
                        ) { onStop(consent) }
                    }
                }
            }
        }
    }
}

/// Reads the audit log; reloads after every change.
@MainActor
final class AuditModel: ObservableObject {
    @Published private(set) var entries: [AuditEntry]?
    private let core: AppCore

    init(core: AppCore) {
        self.core = core
    }

    func load() {
        entries = core.read { try $0.shareAuditLog() } ?? entries
    }
}

/// Reads every consent, current and past, and withdraws one the person stops.
@MainActor
final class ConsentsModel: ObservableObject {
    @Published private(set) var consents: [ConsentView]?
    @Published private(set) var confirmingStop: String?
    /// The withdrawal notice to hand to the share sheet now.
    @Published var outgoing: OutgoingFile?
    private let core: AppCore

    init(core: AppCore) {
        self.core = core
    }

    func load() {
        consents = core.read { try $0.sharing().consents } ?? consents
    }

    /// The first tap asks; the second stops sharing with that person and hands on the notice.
    func stop(_ consent: ConsentView) {
        guard confirmingStop == consent.id else {
            confirmingStop = consent.id
            return
        }
        guard let notice = core.write({ try $0.shareWithdraw(contactId: consent.contactId) }) else { return }
        confirmingStop = nil
        outgoing = OutgoingFile.write(notice)
        if outgoing == nil {
            core.report("shell-ios-sharing-file-failed")
        }
    }
}

/// The sharing log over the core.
struct ShareAuditRoute: View {
    @EnvironmentObject private var core: AppCore

    var body: some View {
        AuditContent(model: AuditModel(core: core))
    }
}

private struct AuditContent: View {
    @StateObject var model: AuditModel
    @EnvironmentObject private var core: AppCore
    @Environment(\.strings) private var strings

    var body: some View {
        Group {
            if let entries = model.entries {
                AuditScreen(entries: entries)
            } else {
                Screen(title: strings["shell-sharing-audit-title"]) {}
            }
        }
        .onAppear(perform: model.load)
        .onChange(of: core.revision) { _ in model.load() }
    }
}

/// Every consent over the core.
struct ShareConsentsRoute: View {
    @EnvironmentObject private var core: AppCore

    var body: some View {
        ConsentsContent(model: ConsentsModel(core: core))
    }
}

private struct ConsentsContent: View {
    @StateObject var model: ConsentsModel
    @EnvironmentObject private var core: AppCore
    @Environment(\.strings) private var strings

    var body: some View {
        Group {
            if let consents = model.consents {
                ConsentsScreen(consents: consents, confirmingStop: model.confirmingStop, onStop: model.stop)
            } else {
                Screen(title: strings["shell-sharing-consents-title"]) {}
            }
        }
        .handOver($model.outgoing)
        .onAppear(perform: model.load)
        .onChange(of: core.revision) { _ in model.load() }
    }
}

#if DEBUG
    struct LogScreens_Previews: PreviewProvider {
        static var previews: some View {
            let phones = SharingPreviewPhones.make(share: true)
            let core = phones.participant
            return Group {
                if let consents = core.read({ try $0.sharing().consents }) {
                    NavigationStack { ConsentsScreen(consents: consents, confirmingStop: nil, onStop: { _ in }) }
                        .previewDisplayName("What I have agreed to")
                }
                if let entries = core.read({ try $0.shareAuditLog() }) {
                    NavigationStack { AuditScreen(entries: entries) }
                        .previewDisplayName("Sharing log")
                }
                if let entries = phones.supporter.read({ try $0.shareAuditLog() }) {
                    NavigationStack { AuditScreen(entries: entries) }
                        .previewDisplayName("The supporter's log")
                }
            }
            .environment(\.strings, core.strings)
        }
    }
#endif
