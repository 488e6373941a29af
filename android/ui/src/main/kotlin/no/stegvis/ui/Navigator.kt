package no.stegvis.ui

import androidx.navigation.NavHostController

/** What a screen may ask of navigation: open a route, go back, go home. */
class Navigator(private val nav: NavHostController) {
    fun open(route: String) {
        nav.navigate(route) { launchSingleTop = true }
    }

    /** Back one screen; from the first screen, home. */
    fun back() {
        if (nav.previousBackStackEntry == null) home() else nav.popBackStack()
    }

    /** Back to [route] if it is behind this screen, else opens it: a finished flow leaves no steps behind. */
    fun backTo(route: String) {
        if (!nav.popBackStack(route, inclusive = false)) open(route)
    }

    /** Today, with nothing left behind it. */
    fun home() {
        nav.navigate(Routes.TODAY) {
            popUpTo(0) { inclusive = true }
            launchSingleTop = true
        }
    }
}
