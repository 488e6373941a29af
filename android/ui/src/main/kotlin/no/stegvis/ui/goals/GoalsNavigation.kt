package no.stegvis.ui.goals

import androidx.navigation.NavBackStackEntry
import androidx.navigation.NavGraphBuilder
import androidx.navigation.compose.composable
import androidx.savedstate.read
import no.stegvis.ui.AppCore
import no.stegvis.ui.Navigator
import no.stegvis.ui.Routes
import no.stegvis.ui.goals.solve.LookBackRoute
import no.stegvis.ui.goals.solve.SolveRoute

/** Goals, a goal with its steps, problem solving for a stuck step, and the look-back. */
fun NavGraphBuilder.goalsGraph(core: AppCore, navigator: Navigator) {
    composable(Routes.GOALS) { GoalsRoute(core, navigator) }
    composable(Routes.GOAL) { GoalRoute(core, navigator, it.argument("goalId")) }
    composable(Routes.SOLVE) { SolveRoute(core, navigator, it.argument("stepId")) }
    composable(Routes.LOOK_BACK) { LookBackRoute(core, navigator, it.argument("problemSolvingId")) }
}

/** A route's argument: an id the core gave out (an empty one the core refuses as not found). */
private fun NavBackStackEntry.argument(name: String): String = arguments?.read { getStringOrNull(name) }.orEmpty()
