import StegvisCore
import XCTest
@testable import Stegvis

/// The medicine screens over a real core: a medicine added with its times is what the
/// core now holds, a dose taken shows in its history, its state and fields change
/// through the core, and an amount the core cannot read changes nothing.
@MainActor
final class MedsFlowTests: XCTestCase {
    func testAddingAMedicineWithItsTimesAndReadingItBack() throws {
        let test = try TestCore(demo: false)
        var typed = MedDraft()
        typed.name = "Lithium"
        typed.dose = "400 mg"
        typed.count = "30"
        let med = try XCTUnwrap(MedAddModel(core: test.core).save(typed))
        XCTAssertNil(test.core.problem)

        let model = MedModel(core: test.core, medicationId: med.id)
        var times = ScheduleDraft()
        times.times = "08:00, 20:00"
        times.amounts = "1, 2"
        times.days = .weekdays
        times.set(.thu, true)
        times.set(.mon, true)
        XCTAssertTrue(model.addSchedule(times))

        let saved = try test.companion.medication(medicationId: med.id)
        XCTAssertEqual(saved.name, "Lithium")
        XCTAssertEqual(saved.dose, "400 mg")
        XCTAssertEqual(saved.countOnHand, 30)
        let schedule = try XCTUnwrap(saved.schedules.first)
        XCTAssertEqual(saved.schedules.count, 1)
        XCTAssertEqual(schedule.times, ["08:00", "20:00"])
        XCTAssertEqual(schedule.amounts, [1, 2])
        XCTAssertEqual(schedule.`repeat`, .weekdays(days: [.mon, .thu]))
        XCTAssertEqual(schedule.zonePolicy, .followDevice)

        // The list and the medicine's screen read it back from the core.
        let list = MedsModel(core: test.core)
        list.load()
        XCTAssertEqual(list.meds.map(\.id), [med.id])
        model.load()
        XCTAssertEqual(model.med?.schedules.map(\.description), saved.schedules.map(\.description))
    }

    func testATakenDoseShowsInTheMedicinesHistory() throws {
        let test = try TestCore(demo: false)
        var typed = MedDraft()
        typed.name = "Sertraline"
        let med = try XCTUnwrap(MedAddModel(core: test.core).save(typed))
        let model = MedModel(core: test.core, medicationId: med.id)
        var times = ScheduleDraft()
        times.times = "20:00"
        XCTAssertTrue(model.addSchedule(times))

        // Taken on Today, where doses are noted.
        let today = TodayModel(core: test.core)
        today.load()
        let items = try XCTUnwrap(today.view).sections.flatMap(\.items)
        let dose = try XCTUnwrap(items.first { $0.medicationId == med.id && $0.occurrenceId != nil }?.occurrenceId)
        today.logDose(dose, DoseAction.take(at: nil))
        XCTAssertNil(test.core.problem)

        model.load()
        let doses = model.history.flatMap(\.doses)
        XCTAssertTrue(doses.contains { $0.occurrenceId == dose && $0.state == .taken })
        XCTAssertFalse(model.history.isEmpty)
        XCTAssertNotNil(model.adherence)
    }

    func testPausingStoppingAndChangingGoThroughTheCore() throws {
        let test = try TestCore(demo: false)
        var typed = MedDraft()
        typed.name = "Quetiapine"
        let med = try XCTUnwrap(MedAddModel(core: test.core).save(typed))
        let model = MedModel(core: test.core, medicationId: med.id)
        model.load()

        model.setStatus(.paused)
        XCTAssertEqual(try test.companion.medication(medicationId: med.id).status, .paused)
        model.setStatus(.stopped)
        let list = MedsModel(core: test.core)
        list.load()
        XCTAssertTrue(list.meds.isEmpty, "a stopped medicine is only shown when asked")
        list.setShowStopped(true)
        XCTAssertEqual(list.meds.map(\.id), [med.id])

        var change = try MedDraft(XCTUnwrap(model.med))
        change.cue = "By the toothbrush"
        change.refill = "5"
        XCTAssertTrue(model.edit(change))
        let changed = try test.companion.medication(medicationId: med.id)
        XCTAssertEqual(changed.cue, "By the toothbrush")
        XCTAssertEqual(changed.refillDays, 5)

        // A count that moved while the fields were open (a dose taken from a reminder)
        // is not put back by saving the fields the person did change.
        var counted = try MedDraft(XCTUnwrap(model.med))
        counted.count = "30"
        XCTAssertTrue(model.edit(counted))
        model.load()
        var open = try MedDraft(XCTUnwrap(model.med))
        _ = try test.companion.editMedication(medicationId: med.id, edit: MedicationEdit(
            name: nil, dose: nil, form: nil, cue: nil, countOnHand: 29, unitsPerDose: nil, refillDays: nil
        ))
        open.cue = "After breakfast"
        XCTAssertTrue(model.edit(open))
        let kept = try test.companion.medication(medicationId: med.id)
        XCTAssertEqual(kept.cue, "After breakfast")
        XCTAssertEqual(kept.countOnHand, 29)

        XCTAssertTrue(model.addNote("Ask about sleeping"))
        model.load()
        XCTAssertEqual(model.notes.map(\.text), ["Ask about sleeping"])
    }

    func testARefusedAmountChangesNothing() throws {
        let test = try TestCore(demo: false)
        var typed = MedDraft()
        typed.name = "Lithium"
        let med = try XCTUnwrap(MedAddModel(core: test.core).save(typed))
        let model = MedModel(core: test.core, medicationId: med.id)
        let revision = test.core.revision

        var times = ScheduleDraft()
        times.times = "08:00"
        times.amounts = "two"
        XCTAssertFalse(model.addSchedule(times))

        XCTAssertNotNil(test.core.problem, "the core says why, in its own words")
        XCTAssertEqual(test.core.revision, revision)
        XCTAssertTrue(try test.companion.medication(medicationId: med.id).schedules.isEmpty)

        // A count the core cannot read does not add a medicine either.
        var bad = MedDraft()
        bad.name = "Other"
        bad.count = "lots"
        XCTAssertNil(MedAddModel(core: test.core).save(bad))
        XCTAssertEqual(try test.companion.listMedications(includeStopped: true).map(\.id), [med.id])
    }
}
