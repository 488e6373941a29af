package no.stegvis.ui.firstrun

import androidx.navigation.NavGraphBuilder
import androidx.navigation.compose.composable
import no.stegvis.ui.AppCore
import no.stegvis.ui.Navigator
import no.stegvis.ui.Routes

/** The welcome the first time Stegvis opens (the core says when: `isFirstRun`). */
fun NavGraphBuilder.firstRunGraph(core: AppCore, navigator: Navigator) {
    composable(Routes.FIRST_RUN) { FirstRunRoute(core, navigator) }
}
