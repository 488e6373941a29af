import StegvisCore
import SwiftUI

/// How things have gone over the last six months, from the core's summary: a chooser
/// of the sections to show, then each section with its numbers and charts (steps per
/// month as bars, signs as weekly lines, planned doses taken as monthly bars, IMR Scale
/// totals as a line). Every chart's VoiceOver label holds its numbers in the core's
/// words. At the end, the way to the report.
struct ProgressScreen: View {
    let summary: ProgressSummary
    let chosen: Set<ReportSection>
    let onToggle: (ReportSection) -> Void
    let onReport: () -> Void
    @Environment(\.strings) private var strings

    var body: some View {
        Screen(title: strings["shell-nav-progress"]) {
            chooser
            Text(summary.periodLabel).font(.headline).accessibilityIdentifier("period")
            if let goals = summary.goals {
                ProgressGoalsCard(goals: goals)
            }
            if let signs = summary.signs {
                ProgressSignsCard(signs: signs)
            }
            if let medicines = summary.medicines {
                ProgressMedicinesCard(medicines: medicines)
            }
            if let modules = summary.modules {
                ProgressModulesCard(modules: modules)
            }
            if let scale = summary.scale {
                ProgressScaleCard(scale: scale)
            }
            Button(action: onReport) {
                Text(strings["shell-report-from-progress"]).frame(maxWidth: .infinity, minHeight: 56)
            }
            .buttonStyle(.bordered)
            .accessibilityIdentifier("progress-report")
        }
    }

    /// Which sections to show; the last one on stays on (the model sees to that).
    private var chooser: some View {
        VStack(alignment: .leading, spacing: 0) {
            Text(strings["shell-progress-choose"]).font(.body)
            ForEach(ProgressSections.all, id: \.self) { section in
                ToggleRow(
                    label: strings[ProgressSections.labelId(section)],
                    isOn: Binding(get: { chosen.contains(section) }, set: { _ in onToggle(section) })
                )
                .accessibilityIdentifier("section-\(ProgressSections.key(section))")
            }
        }
    }
}

/// A section of the progress screen: a card with a heading.
private struct ProgressCard<Content: View>: View {
    let title: String
    @ViewBuilder let content: () -> Content

    var body: some View {
        VStack(alignment: .leading, spacing: 6) {
            Text(title).font(.headline).accessibilityAddTraits(.isHeader)
            content()
        }
        .padding(16)
        .frame(maxWidth: .infinity, alignment: .leading)
        .overlay(RoundedRectangle(cornerRadius: 12).stroke(Color.secondary.opacity(0.4), lineWidth: 1))
    }
}

/// A number with its label: "Active goals: 3".
private struct ProgressFigure: View {
    let label: String
    let value: String

    var body: some View {
        Text(verbatim: "\(label): \(value)").font(.body)
    }
}

private struct ProgressGoalsCard: View {
    let goals: GoalsSummary
    @Environment(\.strings) private var strings

    var body: some View {
        ProgressCard(title: strings["shell-progress-section-goals"]) {
            ProgressFigure(label: strings["shell-progress-goals-active"], value: "\(goals.active)")
            ProgressFigure(label: strings["shell-progress-goals-reached"], value: "\(goals.reached)")
            ProgressFigure(label: strings["shell-progress-goals-set-aside"], value: "\(goals.setAside)")
            let title = strings["shell-progress-steps-per-month"]
            Text(title).font(.callout)
            // One-off and repeating steps done, together, as on Android.
            let counts = goals.months.map { $0.stepsDone + $0.repeatsDone }
            ProgressBarChart(
                title: title,
                values: counts.map { Double($0) },
                top: Double(max(1, counts.max() ?? 1)),
                color: Color.teal,
                description: ProgressChartWords.series(title, zip(goals.months, counts).map { ($0.label, "\($1)") }),
                labels: goals.months.map(\.label),
                tag: "chart-steps"
            )
            ForEach(goals.goals, id: \.goalId) { goal in
                Text(verbatim: "\(goal.text) · \(goal.statusName) · \(goal.label)").font(.callout)
            }
        }
    }
}

private struct ProgressSignsCard: View {
    let signs: SignsSummary
    @Environment(\.strings) private var strings

    var body: some View {
        ProgressCard(title: strings["shell-progress-section-signs"]) {
            ProgressFigure(label: strings["shell-progress-days-checked-in"], value: "\(signs.daysCheckedIn) / \(signs.daysInPeriod)")
            let notRated = strings["shell-progress-not-rated"]
            let perWeek = strings["shell-progress-weekly-mean"]
            ForEach(Array(signs.signs.enumerated()), id: \.offset) { index, sign in
                Text(sign.name).font(.body)
                ProgressLineChart(
                    title: sign.name,
                    values: sign.weeks.map(\.mean),
                    top: Double(signs.maxRating),
                    color: ProgressChartWords.color(index),
                    description: ProgressChartWords.series(
                        "\(sign.name), \(perWeek)",
                        zip(signs.weeks, sign.weeks).map { week, mean in
                            (week.label, mean.mean == nil ? notRated : mean.meanLabel)
                        }
                    ),
                    labels: signs.weeks.map(\.label),
                    tag: "chart-sign"
                )
            }
        }
    }
}

private struct ProgressMedicinesCard: View {
    let medicines: AdherenceSummary
    @Environment(\.strings) private var strings

    var body: some View {
        ProgressCard(title: strings["shell-progress-section-medicines"]) {
            Text(strings["shell-progress-doses-taken"]).font(.callout)
            ProgressAdherenceBars(name: strings["shell-progress-all-medicines"], months: medicines.months, color: Color.accentColor)
            ForEach(Array(medicines.medicines.enumerated()), id: \.offset) { index, medicine in
                ProgressAdherenceBars(name: medicine.name, months: medicine.months, color: ProgressChartWords.color(index + 1))
            }
        }
    }
}

/// Planned doses taken per month, in percent; a month with nothing planned is an empty slot.
private struct ProgressAdherenceBars: View {
    let name: String
    let months: [AdherenceMonth]
    let color: Color
    @Environment(\.strings) private var strings

    var body: some View {
        let nothing = strings["shell-progress-nothing-planned"]
        Text(name).font(.body)
        ProgressBarChart(
            title: name,
            values: months.map(\.percent),
            top: 100,
            color: color,
            description: ProgressChartWords.series(
                "\(name), \(strings["shell-progress-doses-taken"])",
                months.map { ($0.label, $0.percent == nil ? nothing : $0.percentLabel) }
            ),
            labels: months.map(\.label),
            tag: "chart-adherence"
        )
    }
}

private struct ProgressModulesCard: View {
    let modules: ModulesSummary
    @Environment(\.strings) private var strings

    var body: some View {
        ProgressCard(title: strings["shell-progress-section-modules"]) {
            ForEach(modules.modules, id: \.key) { module in
                Text(verbatim: "\(module.name): \(module.stateLabel)").font(.callout)
            }
        }
    }
}

private struct ProgressScaleCard: View {
    let scale: ScaleSummary
    @Environment(\.strings) private var strings

    var body: some View {
        ProgressCard(title: strings["shell-progress-section-scale"]) {
            let title = strings["shell-progress-scale-totals"]
            // Only totals of every topic compare: a partial rating is a gap on the line.
            ProgressLineChart(
                title: title,
                values: scale.points.map { point -> Double? in point.complete ? Double(point.total) : nil },
                top: Double(scale.maxTotal),
                color: Color.purple,
                description: ProgressChartWords.series(title, scale.points.map { ($0.label, $0.totalLabel) }),
                labels: scale.points.map(\.label),
                tag: "chart-scale"
            )
            ForEach(scale.points, id: \.date) { point in
                ProgressFigure(label: point.label, value: point.totalLabel)
            }
        }
    }
}

#if DEBUG
    struct ProgressScreen_Previews: PreviewProvider {
        static var previews: some View {
            LookingBackPreview { core in
                if let summary = core.read({ try $0.progressSummary(from: nil, to: nil, sections: ProgressSections.all) }) {
                    ProgressScreen(summary: summary, chosen: Set(ProgressSections.all), onToggle: { _ in }, onReport: {})
                }
            }
        }
    }
#endif
