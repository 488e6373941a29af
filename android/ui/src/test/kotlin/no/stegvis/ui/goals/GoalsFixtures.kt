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

/**
 * A UI test in a window as wide as a phone (411 dp) and tall enough that a long screen
 * at font scale 2 is laid out whole: the accessibility check measures controls in the
 * window, and a scrolled-away control would measure 0 x 0 there.
 */
fun runPhoneUiTest(block: suspend androidx.compose.ui.test.ComposeUiTest.() -> Unit) =
    androidx.compose.ui.test.v2
        .runDesktopComposeUiTest(width = 411, height = 6000) { block() }
