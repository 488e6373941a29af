package no.stegvis.ui.goals

import no.stegvis.core.GoalDetail
import no.stegvis.core.GoalFilter
import no.stegvis.core.StegvisCompanion

/** The demo goal that has a step with a problem-solving plan (the sister goal). */
fun StegvisCompanion.goalWithPlan(): GoalDetail =
    listGoals(GoalFilter.ALL).map { goal(it.id) }.first { detail -> detail.steps.any { it.plans.isNotEmpty() } }

/** The first demo goal being worked on that has an open step. */
fun StegvisCompanion.activeGoalWithOpenStep(): GoalDetail =
    listGoals(GoalFilter.ACTIVE).map { goal(it.id) }.first { detail -> detail.steps.any { !it.done } }

val noGoalsActions = GoalsActions({}, {}, {}, {}, {})

val noGoalActions = GoalActions(StepCallbacks({ _, _ -> }, { _, _ -> }, {}, {}), {}, {}, {}, {})
