package no.stegvis.ui

import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.setValue

/**
 * Places asked for from outside the screens while the app is open: a tapped check-in
 * reminder opens the check-in even when the app was already running.
 */
class RouteRequests {
    /** One request; the serial makes asking for the same place twice count twice. */
    data class Request(val route: String, val serial: Int)

    var next by mutableStateOf<Request?>(null)
        private set

    fun open(route: String) {
        next = Request(route, (next?.serial ?: 0) + 1)
    }
}
