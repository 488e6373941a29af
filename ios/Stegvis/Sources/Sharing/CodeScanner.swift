import AVFoundation
import SwiftUI
import Vision
import VisionKit

/// Whether the camera can read the other phone's code here. Typing (pasting) the code is
/// always there as well, so a phone without a scanner, or a camera not allowed, is never a
/// dead end.
@MainActor
enum CodeScanning {
    /// True when scanning can be offered: the device has VisionKit's scanner, and the
    /// camera is allowed or the person has not been asked yet.
    static var canOffer: Bool {
        DataScannerViewController.isSupported
            && (DataScannerViewController.isAvailable || AVCaptureDevice.authorizationStatus(for: .video) == .notDetermined)
    }

    /// Asks for the camera the first time (the system's own question, with the app's
    /// reason from Info.plist); true when the scanner can open now.
    static func prepare() async -> Bool {
        guard DataScannerViewController.isSupported else { return false }
        if DataScannerViewController.isAvailable { return true }
        guard AVCaptureDevice.authorizationStatus(for: .video) == .notDetermined else { return false }
        _ = await AVCaptureDevice.requestAccess(for: .video)
        return DataScannerViewController.isAvailable
    }
}

/// VisionKit's live scanner, reading QR codes only; the first code read is handed on.
@MainActor
struct CodeScanner: UIViewControllerRepresentable {
    let onCode: (String) -> Void

    func makeCoordinator() -> Coordinator {
        Coordinator(onCode: onCode)
    }

    func makeUIViewController(context: Context) -> DataScannerViewController {
        let scanner = DataScannerViewController(
            recognizedDataTypes: [.barcode(symbologies: [.qr])],
            qualityLevel: .accurate,
            recognizesMultipleItems: false,
            isHighFrameRateTrackingEnabled: false,
            isPinchToZoomEnabled: true,
            isGuidanceEnabled: true,
            isHighlightingEnabled: true
        )
        scanner.delegate = context.coordinator
        return scanner
    }

    func updateUIViewController(_ scanner: DataScannerViewController, context: Context) {
        if !scanner.isScanning {
            try? scanner.startScanning()
        }
    }

    static func dismantleUIViewController(_ scanner: DataScannerViewController, coordinator: Coordinator) {
        scanner.stopScanning()
    }

    /// Hands on the first QR code's text, once.
    @MainActor
    final class Coordinator: NSObject, DataScannerViewControllerDelegate {
        private let onCode: (String) -> Void
        private var handed = false

        init(onCode: @escaping (String) -> Void) {
            self.onCode = onCode
        }

        func dataScanner(_ dataScanner: DataScannerViewController, didAdd addedItems: [RecognizedItem], allItems: [RecognizedItem]) {
            guard !handed else { return }
            for item in addedItems {
                if case let .barcode(barcode) = item, let payload = barcode.payloadStringValue {
                    handed = true
                    dataScanner.stopScanning()
                    onCode(payload)
                    return
                }
            }
        }
    }
}

/// The scanner full screen, with the core's words on where to hold the camera and a way
/// back without scanning.
struct CodeScannerSheet: View {
    let onCode: (String) -> Void
    let onClose: () -> Void
    @Environment(\.strings) private var strings

    var body: some View {
        NavigationStack {
            CodeScanner(onCode: onCode)
                .ignoresSafeArea(edges: .bottom)
                .overlay(alignment: .bottom) {
                    Text(strings["shell-sharing-scan-prompt"])
                        .font(.body)
                        .padding(12)
                        .frame(maxWidth: .infinity)
                        .background(.regularMaterial)
                }
                .navigationTitle(strings["shell-sharing-scan"])
                .navigationBarTitleDisplayMode(.inline)
                .toolbar {
                    ToolbarItem(placement: .cancellationAction) {
                        Button(strings["shell-close"], action: onClose)
                            .frame(minWidth: minTouch, minHeight: minTouch)
                            .accessibilityIdentifier("sharing-scan-close")
                    }
                }
        }
    }
}
