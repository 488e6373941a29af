import StegvisCore
import SwiftUI

/// The report to bring to a meeting: which parts it holds (all at first, at least one),
/// which months (the core's choices), a plain word that it holds health information and
/// goes wherever it is shared, then Make report; once made, Share and Open.
struct ReportScreen: View {
    let periods: [ReportPeriodChoice]
    let period: ReportPeriodChoice?
    let sections: Set<ReportSection>
    let making: Bool
    let made: URL?
    let actions: ReportActions
    @Environment(\.strings) private var strings

    var body: some View {
        Screen(title: strings["shell-nav-report"]) {
            Text(strings["shell-report-intro"]).font(.body)
            SectionTitle(text: strings["shell-report-sections"])
            ForEach(ProgressSections.all, id: \.self) { section in
                ToggleRow(
                    label: strings[ProgressSections.labelId(section)],
                    isOn: Binding(get: { sections.contains(section) }, set: { _ in actions.toggle(section) })
                )
                .accessibilityIdentifier("report-section-\(ProgressSections.key(section))")
            }
            if sections.isEmpty {
                Text(strings["shell-report-none-chosen"])
                    .font(.body)
                    .foregroundStyle(Color.red)
                    .accessibilityIdentifier("report-none-chosen")
            }
            SectionTitle(text: strings["shell-report-period"])
            ForEach(periods, id: \.months) { choice in
                VStack(alignment: .leading, spacing: 2) {
                    ChoiceRow(label: choice.label, selected: choice == period) {
                        actions.choose(choice)
                    }
                    .accessibilityIdentifier("report-period-\(choice.months)")
                    if choice == period {
                        Text(choice.span).font(.callout).padding(.leading, 36)
                    }
                }
            }
            Text(strings["shell-report-privacy"])
                .font(.body)
                .padding(16)
                .frame(maxWidth: .infinity, alignment: .leading)
                .overlay(RoundedRectangle(cornerRadius: 12).stroke(Color.secondary.opacity(0.4), lineWidth: 1))
                .accessibilityIdentifier("report-privacy")
            MainButton(label: strings["shell-report-make"], tag: "report-make") {
                if !sections.isEmpty {
                    actions.make()
                }
            }
            .disabled(making)
            outcome
        }
    }

    @ViewBuilder private var outcome: some View {
        if making {
            HStack(spacing: 12) {
                ProgressView()
                Text(strings["shell-report-making"]).font(.body).accessibilityIdentifier("report-making")
            }
        } else if let file = made {
            Text(strings["shell-report-ready"]).font(.headline).accessibilityIdentifier("report-ready")
            ShareLink(item: file) {
                Text(strings["shell-report-share"]).frame(maxWidth: .infinity, minHeight: minTouch)
            }
            .buttonStyle(.borderedProminent)
            .accessibilityIdentifier("report-share")
            OtherButton(label: strings["shell-report-open"], tag: "report-open", action: actions.open)
        }
    }
}

#if DEBUG
    struct ReportScreen_Previews: PreviewProvider {
        static var previews: some View {
            LookingBackPreview { core in
                if let periods = core.read({ try $0.reportPeriodChoices() }) {
                    ReportScreen(
                        periods: periods,
                        period: periods.first { $0.preselected },
                        sections: Set(ProgressSections.all),
                        making: false,
                        made: nil,
                        actions: ReportActions(toggle: { _ in }, choose: { _ in }, make: {}, open: {})
                    )
                }
            }
        }
    }
#endif
