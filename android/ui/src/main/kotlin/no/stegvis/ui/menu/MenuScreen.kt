package no.stegvis.ui.menu

import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.heightIn
import androidx.compose.material3.FilledTonalButton
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.ui.Modifier
import androidx.compose.ui.platform.testTag
import androidx.compose.ui.unit.dp
import androidx.navigation.NavGraphBuilder
import androidx.navigation.compose.composable
import no.stegvis.ui.Navigator
import no.stegvis.ui.Routes
import no.stegvis.ui.components.ScreenScaffold
import no.stegvis.ui.text.text

/** Every part of the app as one large button each: two taps reach anything, at any font size. */
@Composable
fun MenuScreen(onOpen: (String) -> Unit, onBack: () -> Unit, modifier: Modifier = Modifier) {
    ScreenScaffold(title = text("shell-nav-more"), onBack = onBack, modifier = modifier) {
        MENU_ITEMS.forEach { (route, label) ->
            FilledTonalButton(
                onClick = { onOpen(route) },
                modifier = Modifier.fillMaxWidth().heightIn(min = 56.dp).testTag("menu-$route"),
            ) { Text(text(label)) }
        }
    }
}

private val MENU_ITEMS = listOf(
    Routes.TODAY to "shell-nav-today",
    Routes.GOALS to "shell-nav-goals",
    Routes.CHECKIN to "shell-nav-checkin",
    Routes.TRENDS to "shell-nav-trends",
    Routes.HISTORY to "shell-calendar-title",
    Routes.PROGRESS to "shell-nav-progress",
    Routes.REPORT to "shell-nav-report",
    Routes.PLAN to "shell-nav-plan",
    Routes.MEDS to "shell-nav-meds",
    Routes.MODULES to "shell-modules-nav",
    Routes.SCALE_HISTORY to "shell-scale-nav",
    Routes.SHARING to "shell-sharing-nav",
    Routes.SETTINGS to "shell-nav-settings",
)

fun NavGraphBuilder.menuGraph(navigator: Navigator) {
    composable(Routes.MENU) { MenuScreen(onOpen = navigator::open, onBack = navigator::back) }
}
