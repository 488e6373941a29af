import Foundation
import StegvisCore

/// A step whose words (and how often it is meant) are being changed, and the choices so far.
struct StepDraft: Equatable {
    var stepId: String
    var text: String
    var repeatDraft = RepeatDraft()
}

/// What is being written on the goal screen; kept by its model, so a refusal loses nothing.
struct GoalDrafts: Equatable {
    var goal: GoalDraft?
    var step: StepDraft?
    var newStep = ""
    var newStepRepeat = RepeatDraft()
}

/// Which of the drafts to save.
enum GoalSave {
    case goal
    case step
    case newStep
}

/// Reads one goal with its steps from the core and passes back what the person did to it.
@MainActor
final class GoalModel: ObservableObject {
    @Published private(set) var view: GoalDetail?
    @Published private(set) var areas: [LifeAreaOption] = []
    /// What the person is writing; it stays when the core refuses it.
    @Published var drafts = GoalDrafts()
    private let core: AppCore
    private let goalId: String

    init(core: AppCore, goalId: String) {
        self.core = core
        self.goalId = goalId
    }

    func load() {
        if let detail = core.read({ try $0.goal(goalId: goalId) }) {
            view = detail
        }
        // Read again on every load: the names follow a change of language.
        if let options = core.read({ try $0.lifeAreas() }) {
            areas = options
        }
    }

    /// Ticks a step off or opens it again. A repeating step is ticked for today: the
    /// core records (or takes back) today's check-off and keeps every other day.
    func toggle(_ step: Step, done: Bool) {
        if step.`repeat` != nil {
            core.write { companion -> Step in
                if done {
                    return try companion.checkOffOccurrence(stepId: step.id, date: nil)
                }
                return try companion.undoOccurrence(stepId: step.id, date: nil)
            }
        } else {
            core.write { companion -> Step in
                if done {
                    return try companion.completeStep(stepId: step.id)
                }
                return try companion.undoStep(stepId: step.id)
            }
        }
    }

    /// One place up (-1) or down (+1); the core says what the new order is.
    func move(_ step: Step, by offset: Int) {
        let position = UInt32(max(1, Int(step.position) + offset))
        core.write { try $0.moveStep(stepId: step.id, position: position) }
    }

    func setStatus(_ status: GoalStatus) {
        core.write { companion -> Goal in
            switch status {
            case .reached: return try companion.reachGoal(goalId: goalId)
            case .setAside: return try companion.setGoalAside(goalId: goalId)
            case .active: return try companion.resumeGoal(goalId: goalId)
            }
        }
    }

    /// Starts changing the goal, from its current words.
    func editGoal() {
        guard let goal = view?.goal else { return }
        drafts.goal = GoalDraft(text: goal.text, why: goal.why ?? "", area: goal.area)
    }

    /// Starts changing a step, from its current words and rule.
    func editStep(_ step: Step) {
        drafts.step = StepDraft(stepId: step.id, text: step.text, repeatDraft: RepeatDraft.of(step.`repeat`))
    }

    func save(_ which: GoalSave) {
        switch which {
        case .goal: saveGoal()
        case .step: saveStep()
        case .newStep: addStep()
        }
    }

    private func saveGoal() {
        guard let goal = drafts.goal else { return }
        let edit = GoalEdit(text: goal.text, why: goal.why, area: goal.area, stallDays: nil)
        guard core.write({ try $0.editGoal(goalId: goalId, edit: edit) }) != nil else { return }
        drafts.goal = nil
    }

    private func saveStep() {
        guard let step = drafts.step else { return }
        let rule = step.repeatDraft.rule()
        let edit = StepEdit(text: step.text, dueDate: nil, assignment: nil, repeat: rule, oneOff: rule == nil, remindAt: nil)
        guard core.write({ try $0.editStep(stepId: step.stepId, edit: edit) }) != nil else { return }
        drafts.step = nil
    }

    private func addStep() {
        let step = NewStep(text: drafts.newStep, dueDate: nil, assignment: nil, repeat: drafts.newStepRepeat.rule(), remindAt: nil)
        guard core.write({ try $0.addStep(goalId: goalId, step: step) }) != nil else { return }
        drafts.newStep = ""
        drafts.newStepRepeat = RepeatDraft()
    }
}
