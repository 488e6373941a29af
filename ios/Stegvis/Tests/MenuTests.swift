import StegvisCore
import XCTest
@testable import Stegvis

/// The menu: every part of the app once, each named in every language from the core.
@MainActor
final class MenuTests: XCTestCase {
    func testEveryEntryIsNamedInEveryLanguageAndLeadsSomewhereElse() {
        XCTAssertEqual(Set(menuItems.map { $0.route }).count, menuItems.count)
        for lang in [Lang.en, .nb, .sv, .da] {
            let words = shellTextFor(lang: lang)
            for entry in menuItems {
                XCTAssertNotNil(words[entry.label], "\(lang) lacks \(entry.label)")
            }
        }
    }

    func testOpeningAnEntryGoesThereAndTodayGoesHome() {
        let navigator = Navigator()
        navigator.open(.menu)
        navigator.open(.trends)
        XCTAssertEqual(navigator.path, [.menu, .trends])
        navigator.open(.today)
        XCTAssertTrue(navigator.path.isEmpty)
    }
}
