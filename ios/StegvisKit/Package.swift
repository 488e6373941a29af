// swift-tools-version:5.9
import PackageDescription

// The core as a Swift package: the XCFramework `cargo xtask xcframework` builds (a static
// library per Apple platform with the C header and modulemap), the Swift bindings UniFFI
// generated from the same library, and the few helpers only the device can do.
let package = Package(
    name: "StegvisKit",
    platforms: [.iOS(.v16), .macOS(.v13)],
    products: [
        .library(name: "StegvisCore", targets: ["StegvisCore"]),
        .library(name: "StegvisKit", targets: ["StegvisKit"]),
    ],
    targets: [
        .binaryTarget(name: "StegvisCoreFFI", path: "StegvisCoreFFI.xcframework"),
        .target(name: "StegvisCore", dependencies: ["StegvisCoreFFI"], path: "Sources/StegvisCore"),
        .target(name: "StegvisKit", dependencies: ["StegvisCore"], path: "Sources/StegvisKit"),
        .testTarget(name: "StegvisKitTests", dependencies: ["StegvisKit", "StegvisCore"], path: "Tests/StegvisKitTests"),
    ]
)
