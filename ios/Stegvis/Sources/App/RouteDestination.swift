import SwiftUI

/// The screen for each route. Every feature folder gives one `...Route` view that reads
/// the core and the navigator from the environment and takes only the route's ids.
struct RouteDestination: View {
    let route: Route

    var body: some View {
        switch route {
        case .menu: MenuRoute()
        case .firstRun: FirstRunRoute()
        case .today: TodayRoute()
        case .goals: GoalsRoute()
        case let .goal(goalId): GoalRoute(goalId: goalId)
        case let .solve(stepId): SolveRoute(stepId: stepId)
        case let .lookBack(problemSolvingId): LookBackRoute(problemSolvingId: problemSolvingId)
        case .checkin: CheckinRoute()
        case .trends: TrendsRoute()
        case .history: HistoryRoute()
        case let .historyDay(date): HistoryDayRoute(date: date)
        case .progress: ProgressRoute()
        case .report: ReportRoute()
        case .plan: PlanRoute()
        case let .planEdit(section): PlanEditRoute(section: section)
        case .planHistory: PlanHistoryRoute()
        case .meds: MedsRoute()
        case let .med(medicationId): MedRoute(medicationId: medicationId)
        case .medAdd: MedAddRoute()
        case .settings: SettingsRoute()
        case .sharing: SharingRoute()
        case .shareCode: ShareCodeRoute()
        case .sharePair: SharePairRoute()
        case let .shareCompare(contactId): ShareCompareRoute(contactId: contactId)
        case let .shareChoose(contactId): ShareChooseRoute(contactId: contactId)
        case .shareReceive: ShareReceiveRoute()
        case .shareConsents: ShareConsentsRoute()
        case .shareAudit: ShareAuditRoute()
        case let .supporterPlan(contactId): SupporterPlanRoute(contactId: contactId)
        case .modules: ModulesRoute()
        case .scale: ScaleRoute()
        case .scaleHistory: ScaleHistoryRoute()
        }
    }
}
