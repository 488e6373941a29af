package no.stegvis.ui.today

import no.stegvis.core.DoseAction

/** What the person can do from Today; each is one tap, and the core does the rest. */
data class TodayActions(
    /** Opens another screen (the check-in, the plan, a goal, a look-back, the menu). */
    val open: (String) -> Unit,
    /** Checks off a step by the core's id. */
    val completeStep: (String) -> Unit,
    /** Logs a planned dose (taken, skipped, snoozed) by the core's occurrence id. */
    val logDose: (String, DoseAction) -> Unit,
    /** Brings a dose noted by mistake back to "not noted". */
    val undoDose: (String) -> Unit,
    /** Opens the dialer with a number from the plan. */
    val dial: (String) -> Unit,
)
