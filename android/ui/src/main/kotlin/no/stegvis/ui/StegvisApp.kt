package no.stegvis.ui

import androidx.compose.foundation.isSystemInDarkTheme
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.fillMaxSize
import androidx.compose.runtime.Composable
import androidx.compose.runtime.CompositionLocalProvider
import androidx.compose.runtime.LaunchedEffect
import androidx.compose.runtime.remember
import androidx.compose.ui.Modifier
import androidx.navigation.compose.NavHost
import androidx.navigation.compose.rememberNavController
import no.stegvis.ui.checkin.checkinGraph
import no.stegvis.ui.components.ProblemBanner
import no.stegvis.ui.firstrun.firstRunGraph
import no.stegvis.ui.goals.goalsGraph
import no.stegvis.ui.history.historyGraph
import no.stegvis.ui.meds.medsGraph
import no.stegvis.ui.menu.menuGraph
import no.stegvis.ui.modules.modulesGraph
import no.stegvis.ui.plan.planGraph
import no.stegvis.ui.progress.progressGraph
import no.stegvis.ui.report.reportGraph
import no.stegvis.ui.scale.scaleGraph
import no.stegvis.ui.settings.settingsGraph
import no.stegvis.ui.sharing.SharingInbox
import no.stegvis.ui.sharing.sharingGraph
import no.stegvis.ui.text.LocalStrings
import no.stegvis.ui.theme.StegvisTheme
import no.stegvis.ui.today.todayGraph
import no.stegvis.ui.trends.trendsGraph

/**
 * The whole app over one open core: the theme, the shell's words, the core's refusals,
 * and every screen. It opens at [startRoute] when given (tests), else at the welcome on
 * the first run and at Today after, and goes wherever [requests] asks (a tapped reminder,
 * a received sharing file, whose outcome [inbox] holds).
 * Android's `MainActivity` and the desktop window both show this.
 */
@Composable
fun StegvisApp(
    core: AppCore,
    modifier: Modifier = Modifier,
    dark: Boolean = isSystemInDarkTheme(),
    startRoute: String? = null,
    platform: Platform = RecordingPlatform(),
    requests: RouteRequests = remember { RouteRequests() },
    inbox: SharingInbox = remember { SharingInbox() },
) {
    StegvisTheme(dark = dark) {
        CompositionLocalProvider(LocalStrings provides core.strings, LocalPlatform provides platform) {
            // The core decides whether this is the first run (nothing set up yet): then the welcome.
            val start =
                startRoute ?: remember(core) {
                    if (core.read { it.isFirstRun() } == true) Routes.FIRST_RUN else Routes.TODAY
                }
            val nav = rememberNavController()
            val navigator = remember(nav) { Navigator(nav) }
            LaunchedEffect(requests.next) { requests.next?.let { navigator.open(it.route) } }
            Column(modifier.fillMaxSize()) {
                core.problem?.let { ProblemBanner(it, onDismiss = core::dismissProblem) }
                NavHost(navController = nav, startDestination = start, modifier = Modifier.weight(1f)) {
                    menuGraph(navigator)
                    firstRunGraph(core, navigator)
                    todayGraph(core, navigator)
                    goalsGraph(core, navigator)
                    checkinGraph(core, navigator)
                    trendsGraph(core, navigator)
                    historyGraph(core, navigator)
                    progressGraph(core, navigator)
                    reportGraph(core, navigator)
                    planGraph(core, navigator)
                    medsGraph(core, navigator)
                    modulesGraph(core, navigator)
                    scaleGraph(core, navigator)
                    settingsGraph(core, navigator)
                    sharingGraph(core, navigator, inbox)
                }
            }
        }
    }
}
