package no.stegvis.ui.meds

import androidx.navigation.NavGraphBuilder
import androidx.navigation.compose.composable
import no.stegvis.ui.AppCore
import no.stegvis.ui.Navigator
import no.stegvis.ui.Routes

/** The medicines, adding one, and one medicine with its times, doses and notes. */
fun NavGraphBuilder.medsGraph(core: AppCore, navigator: Navigator) {
    composable(Routes.MEDS) { MedsRoute(core, navigator) }
    composable(Routes.MED_ADD) { MedAddRoute(core, navigator) }
    composable(Routes.MED) { entry ->
        val id = entry.savedStateHandle.get<String>("medicationId").orEmpty()
        MedRoute(core, navigator, id)
    }
}
