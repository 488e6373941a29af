import StegvisCore
import XCTest
@testable import Stegvis

/// Goals and steps over the demo data, driven like a person would through the goals
/// list and a goal's screen; each assertion reads back what the core now holds.
@MainActor
final class GoalsFlowTests: XCTestCase {
    func testAddingAGoalWithARepeatingStepAndCheckingItOffAndBack() throws {
        let test = try TestCore()
        let goals = GoalsModel(core: test.core)
        goals.load()
        XCTAssertFalse(goals.areas.isEmpty, "the life areas come from the core")

        // A new goal in the person's own words, with why and a part of life.
        goals.draft = GoalDraft(text: "Cook a meal on my own", why: "I want to eat better", area: .dailyLiving)
        let goal = try XCTUnwrap(goals.save())
        XCTAssertNil(test.core.problem)
        XCTAssertNil(goals.draft, "the form closes once the goal is saved")
        let saved = try XCTUnwrap(try test.companion.listGoals(filter: .active).first { $0.id == goal.id })
        XCTAssertEqual(saved.text, "Cook a meal on my own")
        XCTAssertEqual(saved.why, "I want to eat better")
        XCTAssertEqual(saved.area, .dailyLiving)

        // A step meant twice a week, then a step done once.
        let model = GoalModel(core: test.core, goalId: goal.id)
        model.load()
        model.drafts.newStep = "Cook dinner"
        model.drafts.newStepRepeat = RepeatDraft(kind: .timesAWeek, times: 2)
        model.save(.newStep)
        XCTAssertNil(test.core.problem)
        XCTAssertEqual(model.drafts.newStep, "", "the field is empty again for the next step")
        XCTAssertEqual(model.drafts.newStepRepeat, RepeatDraft())
        model.drafts.newStep = "Buy a simple cookbook"
        model.save(.newStep)

        var steps = try test.companion.goal(goalId: goal.id).steps
        XCTAssertEqual(steps.map(\.text), ["Cook dinner", "Buy a simple cookbook"])
        let repeating = try XCTUnwrap(steps.first)
        XCTAssertEqual(repeating.`repeat`, StepRepeat.timesAWeek(times: 2))
        XCTAssertNil(steps[1].`repeat`)

        // Ticking the repeating step checks off today only; this week's count follows.
        model.load()
        model.toggle(repeating, done: true)
        XCTAssertNil(test.core.problem)
        steps = try test.companion.goal(goalId: goal.id).steps
        XCTAssertEqual(steps[0].week?.doneToday, true)
        XCTAssertEqual(steps[0].week?.done, 1)
        XCTAssertFalse(steps[0].done, "a repeating step is never done for good")

        // A mistaken tick is taken back, and nothing else changes.
        model.toggle(steps[0], done: false)
        XCTAssertNil(test.core.problem)
        steps = try test.companion.goal(goalId: goal.id).steps
        XCTAssertEqual(steps[0].week?.doneToday, false)
        XCTAssertEqual(steps[0].week?.done, 0)

        // The step done once is checked off and opened again.
        model.toggle(steps[1], done: true)
        XCTAssertTrue(try test.companion.goal(goalId: goal.id).steps[1].done)
        model.toggle(try test.companion.goal(goalId: goal.id).steps[1], done: false)
        XCTAssertFalse(try test.companion.goal(goalId: goal.id).steps[1].done)
    }

    func testChangingAStepToChosenDaysAndMovingItUp() throws {
        let test = try TestCore(demo: false)
        let goal = try test.companion.addGoal(goal: NewGoal(text: "Get out of the flat", why: nil, area: .health))
        let model = GoalModel(core: test.core, goalId: goal.id)
        model.load()
        model.drafts.newStep = "Walk to the corner"
        model.save(.newStep)
        model.drafts.newStep = "Go to the library"
        model.save(.newStep)
        model.load()
        let library = try XCTUnwrap(model.view?.steps.last)

        // Change it to Mondays and Thursdays; the editor starts from the step's words and rule.
        model.editStep(library)
        XCTAssertEqual(model.drafts.step?.text, "Go to the library")
        XCTAssertEqual(model.drafts.step?.repeatDraft.kind, .once)
        model.drafts.step?.repeatDraft = RepeatDraft(kind: .weekdays, days: [.thu, .mon])
        model.save(.step)
        XCTAssertNil(test.core.problem)
        XCTAssertNil(model.drafts.step, "the editor closes once saved")
        let changed = try XCTUnwrap(try test.companion.goal(goalId: goal.id).steps.last)
        XCTAssertEqual(changed.`repeat`, StepRepeat.weekdays(days: [.mon, .thu]))
        XCTAssertNotNil(changed.repeatLabel)

        // Back to once: the editor sends no rule and says it is one-off.
        model.editStep(changed)
        XCTAssertEqual(model.drafts.step?.repeatDraft.kind, .weekdays)
        model.drafts.step?.repeatDraft.kind = .once
        model.save(.step)
        XCTAssertNil(try test.companion.goal(goalId: goal.id).steps.last?.`repeat`)

        // Move up puts it first.
        model.load()
        model.move(try XCTUnwrap(model.view?.steps.last), by: -1)
        XCTAssertEqual(try test.companion.goal(goalId: goal.id).steps.map(\.text), ["Go to the library", "Walk to the corner"])
    }

    func testSettingAGoalAsideReachingItAndTheFilter() throws {
        let test = try TestCore()
        let list = GoalsModel(core: test.core)
        list.load()
        let goal = try XCTUnwrap(list.goals.first)
        XCTAssertTrue(list.goals.allSatisfy { $0.status == .active }, "the list opens on the goals being worked on")

        let model = GoalModel(core: test.core, goalId: goal.id)
        model.load()
        model.setStatus(.setAside)
        XCTAssertEqual(try test.companion.goal(goalId: goal.id).goal.status, .setAside)
        list.load()
        XCTAssertFalse(list.goals.contains { $0.id == goal.id }, "a goal set aside leaves the active list")
        list.choose(.all)
        XCTAssertTrue(list.goals.contains { $0.id == goal.id && $0.status == .setAside }, "and is one tap away")

        model.setStatus(.active)
        XCTAssertEqual(try test.companion.goal(goalId: goal.id).goal.status, .active)
        model.setStatus(.reached)
        XCTAssertEqual(try test.companion.goal(goalId: goal.id).goal.status, .reached)

        // Changing the goal's words starts from what is there.
        model.load()
        model.editGoal()
        XCTAssertEqual(model.drafts.goal?.text, goal.text)
        model.drafts.goal?.text = "Walk outside on most days"
        model.save(.goal)
        XCTAssertNil(model.drafts.goal)
        XCTAssertEqual(try test.companion.goal(goalId: goal.id).goal.text, "Walk outside on most days")
    }

    func testAnEmptyGoalIsRefusedAndNothingIsLost() throws {
        let test = try TestCore()
        let model = GoalsModel(core: test.core)
        model.load()
        let before = try test.companion.listGoals(filter: .all)

        model.draft = GoalDraft(text: "  ", why: "I want this", area: .health)
        XCTAssertNil(model.save())
        XCTAssertNotNil(test.core.problem, "the core's own sentence says why")
        XCTAssertEqual(test.core.revision, 0, "nothing was written")
        XCTAssertEqual(try test.companion.listGoals(filter: .all), before)
        XCTAssertEqual(model.draft?.why, "I want this", "what the person wrote stays on screen")
    }
}
