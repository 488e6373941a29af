import StegvisCore
import SwiftUI

/// This phone's code: the QR to scan, the twelve digits to compare, and the code as text
/// to send through the share sheet.
struct MyCodeScreen: View {
    let code: PairingCode
    @Environment(\.strings) private var strings

    var body: some View {
        Screen(title: strings["shell-sharing-code-title"]) {
            Text(strings["shell-sharing-code-hint"])
            QrImage(qr: code.qr, label: strings["shell-sharing-code-qr"])
                .frame(maxWidth: 360)
                .frame(maxWidth: .infinity)
            Text(strings["shell-sharing-my-digits"]).font(.headline)
            Digits(digits: code.identity.fingerprint, tag: "sharing-code-digits")
            ShareLink(item: code.text) {
                Text(strings["shell-sharing-code-share"]).frame(maxWidth: .infinity, minHeight: minTouch)
            }
            .buttonStyle(.borderedProminent)
            .accessibilityIdentifier("sharing-code-share")
        }
    }
}

/// The core's QR matrix drawn module by module: black on white whatever the appearance
/// (dark modules on a light ground is what scanners read best), with the four-module quiet
/// zone around it. VoiceOver reads it as an image with the core's words for what it is.
struct QrImage: View {
    let qr: QrCode
    let label: String

    /// Light modules around the code, as the QR standard asks.
    private static let quietZone = 4
    /// Each dark module a hair wider, so neighbours leave no seams between them.
    private static let seam: CGFloat = 0.5

    var body: some View {
        Canvas { context, size in
            let count = Int(qr.size)
            let side = CGFloat(count + 2 * Self.quietZone)
            let module = min(size.width, size.height) / side
            context.fill(Path(CGRect(origin: .zero, size: size)), with: .color(.white))
            guard count > 0 else { return }
            var dark = Path()
            // The modules row by row, `size` to a row, true where dark.
            for (index, isDark) in qr.modules.enumerated() where isDark {
                dark.addRect(CGRect(
                    x: CGFloat(index % count + Self.quietZone) * module,
                    y: CGFloat(index / count + Self.quietZone) * module,
                    width: module + Self.seam,
                    height: module + Self.seam
                ))
            }
            context.fill(dark, with: .color(.black))
        }
        .aspectRatio(1, contentMode: .fit)
        .accessibilityElement()
        .accessibilityLabel(label)
        .accessibilityAddTraits(.isImage)
        .accessibilityIdentifier("sharing-qr")
    }
}

/// Reads this phone's pairing code (its keys are made the first time).
@MainActor
final class MyCodeModel: ObservableObject {
    @Published private(set) var code: PairingCode?
    private let core: AppCore

    init(core: AppCore) {
        self.core = core
    }

    func load() {
        code = core.read { try $0.sharePairCode() } ?? code
    }
}

/// My code over the core.
struct ShareCodeRoute: View {
    @EnvironmentObject private var core: AppCore

    var body: some View {
        MyCodeContent(model: MyCodeModel(core: core))
    }
}

private struct MyCodeContent: View {
    @StateObject var model: MyCodeModel
    @EnvironmentObject private var core: AppCore
    @Environment(\.strings) private var strings

    var body: some View {
        Group {
            if let code = model.code {
                MyCodeScreen(code: code)
            } else {
                Screen(title: strings["shell-sharing-code-title"]) {}
            }
        }
        .onAppear(perform: model.load)
        .onChange(of: core.revision) { _ in model.load() }
    }
}

#if DEBUG
    struct MyCodeScreen_Previews: PreviewProvider {
        static var previews: some View {
            let core = PreviewCore.make()
            return Group {
                if let code = core.read({ try $0.sharePairCode() }) {
                    NavigationStack { MyCodeScreen(code: code) }
                        .environment(\.strings, core.strings)
                }
            }
        }
    }
#endif
