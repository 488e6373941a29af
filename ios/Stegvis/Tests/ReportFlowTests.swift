import Foundation
import PDFKit
import StegvisCore
import XCTest
@testable import Stegvis

/// The report over the demo data: made off the main thread into the reports folder as
/// its only file, a real PDF with pages, the same the core makes for those choices; with
/// no part chosen nothing is made.
@MainActor
final class ReportFlowTests: XCTestCase {
    /// A `reports/` folder of its own, as the app's caches folder holds one; removed after the test.
    private func reportsFolder() -> URL {
        let caches = FileManager.default.temporaryDirectory
            .appendingPathComponent("stegvis-caches-\(UUID().uuidString)", isDirectory: true)
        addTeardownBlock {
            try? FileManager.default.removeItem(at: caches)
        }
        return caches.appendingPathComponent(ReportFiles.folderName, isDirectory: true)
    }

    func testAReportIsTheOnlyFileInTheReportsFolder() async throws {
        let test = try TestCore()
        let folder = reportsFolder()
        // A report made before, which the new one replaces.
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data("old".utf8).write(to: folder.appendingPathComponent("stegvis-report-2026-01-31.pdf"))

        let model = ReportModel(core: test.core, folder: folder)
        model.load()
        XCTAssertEqual(model.periods.map(\.months), [3, 6, 12])
        let period = try XCTUnwrap(model.period)
        XCTAssertTrue(period.preselected)
        model.toggle(.medicines)
        let three = try XCTUnwrap(model.periods.first { $0.months == 3 })
        model.choose(three)

        await model.make()
        XCTAssertFalse(model.making)
        XCTAssertNil(test.core.problem)
        let file = try XCTUnwrap(model.made)
        XCTAssertEqual(file.lastPathComponent, "stegvis-report-\(three.to).pdf")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path), [file.lastPathComponent])

        let bytes = try Data(contentsOf: file)
        XCTAssertEqual(String(decoding: bytes.prefix(4), as: UTF8.self), "%PDF")
        // The core's page count is not in the generated API; PDFKit reads the pages.
        let pages = try XCTUnwrap(PDFDocument(data: bytes)).pageCount
        XCTAssertGreaterThan(pages, 0)
        // The same report the core makes for those choices, medicines left out.
        let expected = try test.companion.reportPdf(from: three.from, to: three.to, sections: [.goals, .signs, .modules, .scale])
        XCTAssertEqual(bytes.count, expected.count)

        // Made again: still only one file.
        await model.make()
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path), [file.lastPathComponent])
        // Making a report reads only: nothing in the data changed.
        XCTAssertEqual(test.core.revision, 0)
    }

    func testWithNoPartChosenNothingIsMade() async throws {
        let test = try TestCore()
        let folder = reportsFolder()
        let model = ReportModel(core: test.core, folder: folder)
        model.load()
        for section in ProgressSections.all {
            model.toggle(section)
        }
        XCTAssertTrue(model.sections.isEmpty)
        await model.make()
        XCTAssertNil(model.made)
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.path))
    }
}
