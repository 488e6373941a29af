import Foundation

/// Every destination of the app, as on Android's `Routes`. Arguments are ids the core
/// gave out; a screen never invents one.
enum Route: Hashable {
    case menu
    case firstRun
    case today
    case goals
    case goal(goalId: String)
    case solve(stepId: String)
    case lookBack(problemSolvingId: String)
    case checkin
    case trends
    case history
    case historyDay(date: String)
    case progress
    case report
    case plan
    case planEdit(section: String)
    case planHistory
    case meds
    case med(medicationId: String)
    case medAdd
    case settings
    // Sharing the plan, and plans shared with this phone.
    case sharing
    case shareCode
    case sharePair
    case shareCompare(contactId: String)
    case shareChoose(contactId: String)
    case shareReceive
    case shareConsents
    case shareAudit
    case supporterPlan(contactId: String)
    // The IMR modules and the IMR Scale.
    case modules
    case scale
    case scaleHistory
}
