package no.stegvis.ui.report

import androidx.compose.runtime.Composable
import androidx.compose.runtime.LaunchedEffect
import androidx.compose.runtime.remember
import androidx.compose.runtime.rememberCoroutineScope
import androidx.navigation.NavGraphBuilder
import androidx.navigation.compose.composable
import no.stegvis.ui.AppCore
import no.stegvis.ui.LocalPlatform
import no.stegvis.ui.Navigator
import no.stegvis.ui.Routes

@Composable
fun ReportRoute(core: AppCore, onBack: () -> Unit) {
    val platform = LocalPlatform.current
    val scope = rememberCoroutineScope()
    val state = remember(core, platform) { ReportState(core, platform, scope) }
    // A new day or another language: the periods and their words again.
    LaunchedEffect(core.revision) { state.load() }
    ReportScreen(state.view, state.actions, onBack = onBack)
}

fun NavGraphBuilder.reportGraph(core: AppCore, navigator: Navigator) {
    composable(Routes.REPORT) { ReportRoute(core, onBack = navigator::back) }
}
