package no.stegvis.ui.plan

import androidx.navigation.NavGraphBuilder
import androidx.navigation.compose.composable
import no.stegvis.ui.AppCore
import no.stegvis.ui.Navigator
import no.stegvis.ui.Routes

/** The plan, each section to change, and its earlier versions. */
fun NavGraphBuilder.planGraph(core: AppCore, navigator: Navigator) {
    composable(Routes.PLAN) { PlanRoute(core, navigator) }
    composable(Routes.PLAN_EDIT) { entry ->
        val section = entry.savedStateHandle.get<String>("section").orEmpty()
        PlanEditRoute(core, navigator, section)
    }
    composable(Routes.PLAN_HISTORY) { PlanHistoryRoute(core, navigator) }
}
