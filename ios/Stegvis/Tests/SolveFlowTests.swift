import StegvisCore
import XCTest
@testable import Stegvis

/// IMR problem solving for a stuck step and the look-back at the plan, over the demo
/// data, one question at a time as a person answers them.
@MainActor
final class SolveFlowTests: XCTestCase {
    /// A step the demo data left stuck, else any step still open.
    private func openStep(_ test: TestCore) throws -> Step {
        let goals = try test.companion.listGoals(filter: .active)
        let steps = try goals.flatMap { try test.companion.goal(goalId: $0.id).steps }.filter { !$0.done }
        return try XCTUnwrap(steps.first { $0.stalled } ?? steps.first)
    }

    func testMakingAPlanAndLookingBackAtIt() throws {
        let test = try TestCore()
        let step = try openStep(test)
        let plansBefore = step.plans.count
        let model = SolveModel(core: test.core, stepId: step.id)
        model.load()
        XCTAssertNotNil(model.questions, "the core's prompts and days are read")
        XCTAssertEqual(model.page, .problem)

        model.draft.problem = "I forget it when I am tired"
        model.next()
        XCTAssertEqual(model.page, .ideas)
        // Two ideas: one added with the button, one left in the field (Next keeps it).
        model.draft.newIdea = "Do it in the morning"
        model.addIdea()
        model.draft.newIdea = "Ask my sister to remind me"
        model.next()
        XCTAssertEqual(model.draft.ideas.map(\.text), ["Do it in the morning", "Ask my sister to remind me"])
        XCTAssertEqual(model.questions?.weigh.count, 2, "the core's weighing questions for each idea")

        XCTAssertEqual(model.page, .good(idea: 0))
        model.draft.ideas[0].good = "I have more energy then"
        model.next()
        XCTAssertEqual(model.page, .hard(idea: 0))
        model.next()
        XCTAssertEqual(model.page, .good(idea: 1))
        model.next()
        model.draft.ideas[1].hard = "She is busy"
        model.next()
        XCTAssertEqual(model.page, .choose)
        model.draft.chosen = 0
        model.next()
        XCTAssertEqual(model.page, .firstAction)
        // Back keeps every answer.
        XCTAssertTrue(model.back())
        XCTAssertEqual(model.page, .choose)
        XCTAssertEqual(model.draft.chosen, 0)
        model.next()
        model.draft.firstAction = "Put my shoes by the door tonight"
        model.next()
        XCTAssertEqual(model.page, .day)
        let day = try XCTUnwrap(model.questions?.days.first)
        model.draft.followUpDate = day.date

        let plan = try XCTUnwrap(model.save())
        XCTAssertNil(test.core.problem)
        XCTAssertEqual(model.saved, plan)
        let stored = try test.companion.problemSolving(problemSolvingId: plan.id)
        XCTAssertEqual(stored.stepId, step.id)
        XCTAssertEqual(stored.problem, "I forget it when I am tired")
        XCTAssertEqual(stored.options.map(\.text), ["Do it in the morning", "Ask my sister to remind me"])
        XCTAssertEqual(stored.options[0].pros, "I have more energy then")
        XCTAssertNil(stored.options[0].cons, "an empty answer is no answer")
        XCTAssertEqual(stored.options[1].cons, "She is busy")
        XCTAssertEqual(stored.chosen, 1)
        XCTAssertEqual(stored.firstAction, "Put my shoes by the door tonight")
        XCTAssertEqual(stored.followUpDate, day.date)
        let goalSteps = try test.companion.goal(goalId: step.goalId).steps
        XCTAssertEqual(goalSteps.first { $0.id == step.id }?.plans.count, plansBefore + 1)

        // Looking back: how it went and a note, then another idea from the same plan.
        let look = LookBackModel(core: test.core, planId: plan.id)
        look.load()
        XCTAssertEqual(look.page, .outcome)
        XCTAssertEqual(look.view?.plan.id, plan.id)
        look.draft.outcome = .partly
        look.next()
        XCTAssertEqual(look.page, .note)
        look.draft.note = "Mornings were hard on Monday"
        look.save()
        XCTAssertNil(test.core.problem)
        XCTAssertEqual(look.page, .next)
        let answered = try test.companion.problemSolving(problemSolvingId: plan.id)
        XCTAssertEqual(answered.outcome, .partly)
        XCTAssertEqual(answered.lookBackNote, "Mornings were hard on Monday")
        XCTAssertNotNil(answered.followedUpAt)
        XCTAssertEqual(answered.nextOption, 2, "the idea after the chosen one is offered")

        look.next()
        XCTAssertEqual(look.page, .nextAction)
        look.draft.nextAction = "Text my sister tonight"
        look.next()
        XCTAssertEqual(look.page, .nextDay)
        look.draft.nextDate = day.date
        look.save()
        XCTAssertNil(test.core.problem)
        XCTAssertEqual(look.page, .finished)
        let nextPlan = try XCTUnwrap(look.view?.plan)
        XCTAssertNotEqual(nextPlan.id, plan.id)
        let storedNext = try test.companion.problemSolving(problemSolvingId: nextPlan.id)
        XCTAssertEqual(storedNext.continues, plan.id)
        XCTAssertEqual(storedNext.chosen, 2)
        XCTAssertEqual(storedNext.firstAction, "Text my sister tonight")
    }

    func testAPlanWithoutADayIsRefusedAndEveryAnswerStays() throws {
        let test = try TestCore()
        let step = try openStep(test)
        let model = SolveModel(core: test.core, stepId: step.id)
        model.load()
        model.draft = SolveDraft(
            problem: "I forget it",
            ideas: [IdeaDraft(text: "A note on the fridge")],
            newIdea: "",
            chosen: 0,
            firstAction: "Write the note",
            followUpDate: nil
        )
        XCTAssertNil(model.save())
        XCTAssertNotNil(test.core.problem)
        XCTAssertEqual(test.core.revision, 0, "nothing was written")
        XCTAssertNil(model.saved)
        XCTAssertEqual(model.draft.firstAction, "Write the note", "the answers stay for another try")
        let after = try test.companion.goal(goalId: step.goalId).steps.first { $0.id == step.id }
        XCTAssertEqual(after?.plans.count, step.plans.count)
    }

    func testOnlyOneIdeaIsChosenForThePerson() throws {
        let test = try TestCore()
        let model = SolveModel(core: test.core, stepId: try openStep(test).id)
        model.load()
        // No idea yet: Next stays on the ideas question.
        model.next()
        model.next()
        XCTAssertEqual(model.page, .ideas)
        model.draft.newIdea = "Ask at the library"
        model.next()
        model.next()
        model.next()
        XCTAssertEqual(model.page, .choose)
        model.next()
        XCTAssertEqual(model.draft.chosen, 0, "with one idea, it is the one tried")
        XCTAssertEqual(model.page, .firstAction)
    }
}
