package no.stegvis.ui

/**
 * Every destination of the app. Arguments are ids the core gave out; a screen never
 * invents one. Routes with an argument have a `...Of(id)` helper to build them.
 */
object Routes {
    const val MENU = "menu"
    const val FIRST_RUN = "first-run"
    const val TODAY = "today"
    const val GOALS = "goals"
    const val GOAL = "goal/{goalId}"
    const val SOLVE = "solve/{stepId}"
    const val LOOK_BACK = "look-back/{problemSolvingId}"
    const val CHECKIN = "checkin"
    const val TRENDS = "trends"
    const val HISTORY = "history"
    const val HISTORY_DAY = "history/day/{date}"
    const val PROGRESS = "progress"
    const val REPORT = "report"
    const val PLAN = "plan"
    const val PLAN_EDIT = "plan/edit/{section}"
    const val PLAN_HISTORY = "plan/history"
    const val MEDS = "meds"
    const val MED = "med/{medicationId}"
    const val MED_ADD = "meds/add"
    const val SETTINGS = "settings"

    // Sharing the plan, and plans shared with this phone.
    const val SHARING = "sharing"
    const val SHARE_CODE = "sharing/code"
    const val SHARE_PAIR = "sharing/pair"
    const val SHARE_COMPARE = "sharing/compare/{contactId}"
    const val SHARE_CHOOSE = "sharing/choose/{contactId}"
    const val SHARE_RECEIVE = "sharing/receive"
    const val SHARE_CONSENTS = "sharing/consents"
    const val SHARE_AUDIT = "sharing/audit"
    const val SUPPORTER_PLAN = "supporter/{contactId}"

    // The IMR modules and the IMR Scale.
    const val MODULES = "modules"
    const val SCALE = "scale"
    const val SCALE_HISTORY = "scale/history"

    fun goalOf(goalId: String) = "goal/$goalId"
    fun solveOf(stepId: String) = "solve/$stepId"
    fun lookBackOf(problemSolvingId: String) = "look-back/$problemSolvingId"
    fun planEditOf(section: String) = "plan/edit/$section"
    fun medOf(medicationId: String) = "med/$medicationId"
    fun shareCompareOf(contactId: String) = "sharing/compare/$contactId"
    fun shareChooseOf(contactId: String) = "sharing/choose/$contactId"
    fun historyDayOf(date: String) = "history/day/$date"
    fun supporterPlanOf(contactId: String) = "supporter/$contactId"
}
