import SwiftUI

/// The shell's words, from the core's Fluent files (`shell-*.ftl`), the same the Android
/// shell draws: screens never write their own text, so both phones say the same thing in
/// every language. A missing id shows the id itself, which a flow test catches.
struct Strings: Equatable {
    private let text: [String: String]

    init(_ text: [String: String]) {
        self.text = text
    }

    subscript(id: String) -> String {
        text[id] ?? id
    }

    /// Every id this language has, for the completeness test.
    var ids: Set<String> {
        Set(text.keys)
    }
}

private struct StringsKey: EnvironmentKey {
    static let defaultValue = Strings([:])
}

extension EnvironmentValues {
    /// The current language's shell text, set once at the root of the app.
    var strings: Strings {
        get { self[StringsKey.self] }
        set { self[StringsKey.self] = newValue }
    }
}
