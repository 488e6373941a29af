import StegvisCore
import SwiftUI

/// Importing the other phone's code: scanned with the camera, or pasted from a message,
/// with the name the person gives them.
struct PairScreen: View {
    @Binding var code: String
    @Binding var name: String
    /// The camera can read codes here; if not, the code is pasted (never a dead end).
    let canScan: Bool
    let onScan: () -> Void
    let onPair: () -> Void
    @Environment(\.strings) private var strings

    var body: some View {
        Screen(title: strings["shell-sharing-pair-title"]) {
            Text(strings["shell-sharing-pair-hint"])
            if canScan {
                MainButton(label: strings["shell-sharing-scan"], tag: "sharing-scan", action: onScan)
            }
            LabeledField(label: strings["shell-sharing-paste"], value: $code, tag: "sharing-paste")
                .lineLimit(1 ... 4)
                .textInputAutocapitalization(.never)
                .autocorrectionDisabled()
            LabeledField(label: strings["shell-sharing-name"], value: $name, tag: "sharing-name")
            MainButton(label: strings["shell-sharing-pair-do"], tag: "sharing-pair-do", action: onPair)
        }
    }
}

/// What the person compares: the other phone's digits, and the core's words on where to look.
struct CompareView {
    let name: String
    let fingerprint: String
    let explanation: String
}

/// The digits big; "They match" confirms, "They do not match" goes back with nothing shared.
struct CompareScreen: View {
    let view: CompareView
    let onMatch: () -> Void
    let onNoMatch: () -> Void
    @Environment(\.strings) private var strings

    var body: some View {
        Screen(title: strings["shell-sharing-compare-title"]) {
            SharingCard {
                Text(view.name).font(.headline)
                Digits(digits: view.fingerprint, tag: "sharing-compare-digits")
            }
            Text(view.explanation).font(.body)
            MainButton(label: strings["shell-sharing-match"], tag: "sharing-match", action: onMatch)
            OtherButton(label: strings["shell-sharing-no-match"], tag: "sharing-no-match", action: onNoMatch)
            Text(strings["shell-sharing-no-match-hint"]).font(.callout)
        }
    }
}

/// The code being imported and the name given, and what the core made of it once imported.
@MainActor
final class PairModel: ObservableObject {
    @Published var code = ""
    @Published var name = ""
    @Published private(set) var paired: PairingResult?
    private let core: AppCore

    init(core: AppCore) {
        self.core = core
    }

    /// The camera read a code: it goes in the field; nothing is imported until Continue.
    func scanned(_ text: String) {
        code = text
    }

    /// Imports the code (no name: the core names them "Contact 1", …). A code that is not
    /// one is the core's sentence in the banner, and nothing is paired.
    func pair() {
        let given = name.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? nil : name
        paired = core.write { try $0.sharePair(code: code, name: given) } ?? paired
    }

    /// True when the core recorded that the digits matched.
    func confirm(_ contactId: String) -> Bool {
        core.write { try $0.shareConfirm(contactId: contactId) } != nil
    }
}

/// Pairing over the core: the code first, then the digits to compare.
struct SharePairRoute: View {
    @EnvironmentObject private var core: AppCore
    @EnvironmentObject private var navigator: Navigator

    var body: some View {
        PairContent(model: PairModel(core: core), navigator: navigator)
    }
}

private struct PairContent: View {
    @StateObject var model: PairModel
    let navigator: Navigator
    @State private var canScan = CodeScanningOffer.unknown
    @State private var scanning = false

    var body: some View {
        Group {
            if let paired = model.paired {
                CompareScreen(
                    view: CompareView(name: paired.name, fingerprint: paired.fingerprint, explanation: paired.compareText),
                    onMatch: {
                        if model.confirm(paired.contactId) {
                            navigator.backTo(.sharing)
                            navigator.open(.shareChoose(contactId: paired.contactId))
                        }
                    },
                    onNoMatch: navigator.back
                )
            } else {
                PairScreen(
                    code: $model.code,
                    name: $model.name,
                    canScan: canScan == .yes,
                    onScan: scan,
                    onPair: model.pair
                )
            }
        }
        .onAppear {
            if canScan == .unknown {
                canScan = CodeScanning.canOffer ? .yes : .no
            }
        }
        .fullScreenCover(isPresented: $scanning) {
            CodeScannerSheet(
                onCode: { text in
                    model.scanned(text)
                    scanning = false
                },
                onClose: { scanning = false }
            )
        }
    }

    /// Asks for the camera the first time; if it is not allowed the button goes away and
    /// the field to paste the code stays.
    private func scan() {
        Task { @MainActor in
            if await CodeScanning.prepare() {
                scanning = true
            } else {
                canScan = .no
            }
        }
    }
}

/// Whether the scan button is shown; decided once the screen appears.
private enum CodeScanningOffer {
    case unknown
    case yes
    case no
}

/// Comparing later, for someone paired whose digits were not yet confirmed.
struct ShareCompareRoute: View {
    let contactId: String
    @EnvironmentObject private var core: AppCore
    @EnvironmentObject private var navigator: Navigator

    var body: some View {
        CompareContent(model: CompareModel(core: core, contactId: contactId), navigator: navigator)
    }
}

/// Reads one paired person's digits and confirms them.
@MainActor
final class CompareModel: ObservableObject {
    @Published private(set) var view: CompareView?
    let contactId: String
    private let core: AppCore

    init(core: AppCore, contactId: String) {
        self.core = core
        self.contactId = contactId
    }

    func load() {
        guard let contact = core.read({ try $0.sharing() })?.contacts.first(where: { $0.id == contactId }) else { return }
        view = CompareView(name: contact.name, fingerprint: contact.fingerprint, explanation: contact.statusLabel)
    }

    /// True when the core recorded that the digits matched.
    func confirm() -> Bool {
        core.write { try $0.shareConfirm(contactId: contactId) } != nil
    }
}

private struct CompareContent: View {
    @StateObject var model: CompareModel
    let navigator: Navigator
    @EnvironmentObject private var core: AppCore
    @Environment(\.strings) private var strings

    var body: some View {
        Group {
            if let view = model.view {
                CompareScreen(
                    view: view,
                    onMatch: {
                        if model.confirm() {
                            navigator.backTo(.sharing)
                            navigator.open(.shareChoose(contactId: model.contactId))
                        }
                    },
                    onNoMatch: navigator.back
                )
            } else {
                Screen(title: strings["shell-sharing-compare-title"]) {}
            }
        }
        .onAppear(perform: model.load)
        .onChange(of: core.revision) { _ in model.load() }
    }
}

#if DEBUG
    struct PairScreen_Previews: PreviewProvider {
        static var previews: some View {
            let phones = SharingPreviewPhones.make(share: false)
            let core = phones.participant
            let sam = core.read { try $0.sharing() }?.contacts.first
            return Group {
                NavigationStack {
                    PairScreen(code: .constant(""), name: .constant(""), canScan: true, onScan: {}, onPair: {})
                }
                .environment(\.strings, core.strings)
                .previewDisplayName("Pair")
                if let sam {
                    NavigationStack {
                        CompareScreen(
                            view: CompareView(name: sam.name, fingerprint: sam.fingerprint, explanation: sam.statusLabel),
                            onMatch: {},
                            onNoMatch: {}
                        )
                    }
                    .environment(\.strings, core.strings)
                    .previewDisplayName("Compare")
                }
            }
        }
    }
#endif
