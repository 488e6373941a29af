package no.stegvis.ui.settings

import androidx.navigation.NavGraphBuilder
import androidx.navigation.compose.composable
import no.stegvis.ui.AppCore
import no.stegvis.ui.Navigator
import no.stegvis.ui.Routes

/** Language, reminders and owning one's data. */
fun NavGraphBuilder.settingsGraph(core: AppCore, navigator: Navigator) {
    composable(Routes.SETTINGS) { SettingsRoute(core, navigator) }
}
