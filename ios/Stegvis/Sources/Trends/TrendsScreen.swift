import StegvisCore
import SwiftUI

/// A period a person can pick, with its shell words.
struct TrendWeeks {
    let weeks: UInt32
    let label: String

    /// 4, 8 or 12 weeks, as on Android; the first is shown first.
    static let choices: [TrendWeeks] = [
        TrendWeeks(weeks: 4, label: "shell-trends-weeks-4"),
        TrendWeeks(weeks: 8, label: "shell-trends-weeks-8"),
        TrendWeeks(weeks: 12, label: "shell-trends-weeks-12"),
    ]
}

/// The signs over the last weeks: a choice of 4, 8 or 12 weeks, the period, one chart
/// per sign (days without a check-in are gaps) and the core's plain summary under them.
struct TrendsScreen: View {
    let trend: Trend
    let onWeeks: (UInt32) -> Void
    @Environment(\.strings) private var strings

    var body: some View {
        Screen(title: strings["shell-nav-trends"]) {
            WeeksChoice(weeks: trend.weeks, onWeeks: onWeeks)
            Text(trend.periodLabel).font(.headline)
            ForEach(Array(trend.perSign.enumerated()), id: \.element.signId) { index, sign in
                SignChartCard(trend: trend, sign: sign, color: Self.palette[index % Self.palette.count])
            }
            Text(trend.summary)
                .font(.body)
                .accessibilityIdentifier("summary")
        }
    }

    /// A line colour per chart that reads in light and dark.
    private static let palette: [Color] = [Color.accentColor, Color.teal, Color.indigo]
}

private struct SignChartCard: View {
    let trend: Trend
    let sign: SignSeries
    let color: Color

    var body: some View {
        VStack(alignment: .leading, spacing: 4) {
            Text(sign.name).font(.headline).accessibilityAddTraits(.isHeader)
            TrendChart(sign: sign, days: trend.perDay, scale: trend.scale, color: color)
        }
        .padding(16)
        .frame(maxWidth: .infinity, alignment: .leading)
        .overlay(RoundedRectangle(cornerRadius: 12).stroke(Color.secondary.opacity(0.4), lineWidth: 1))
    }
}

/// The three periods as choices in a row; at the largest text sizes they stack.
private struct WeeksChoice: View {
    let weeks: UInt32
    let onWeeks: (UInt32) -> Void
    @Environment(\.strings) private var strings

    var body: some View {
        ViewThatFits(in: .horizontal) {
            HStack(spacing: 8) { choices }
            VStack(alignment: .leading, spacing: 8) { choices }
        }
    }

    @ViewBuilder private var choices: some View {
        ForEach(TrendWeeks.choices, id: \.weeks) { choice in
            let selected = choice.weeks == weeks
            Button {
                onWeeks(choice.weeks)
            } label: {
                Text(strings[choice.label])
                    .fontWeight(selected ? .bold : .regular)
                    .padding(.horizontal, 14)
                    .padding(.vertical, 10)
                    .frame(minWidth: 80, minHeight: minTouch)
                    .background(selected ? Color.accentColor.opacity(0.18) : Color.clear)
                    .overlay(
                        RoundedRectangle(cornerRadius: 12)
                            .stroke(selected ? Color.accentColor : Color.secondary, lineWidth: selected ? 3 : 1)
                    )
                    .clipShape(RoundedRectangle(cornerRadius: 12))
                    .contentShape(Rectangle())
            }
            .buttonStyle(.plain)
            .accessibilityAddTraits(selected ? [.isButton, .isSelected] : .isButton)
            .accessibilityIdentifier("weeks-\(choice.weeks)")
        }
    }
}

#if DEBUG
    struct TrendsScreen_Previews: PreviewProvider {
        static var previews: some View {
            let core = PreviewCore.make()
            if let trend = core.read({ try $0.trend(weeks: 4) }) {
                NavigationStack {
                    TrendsScreen(trend: trend, onWeeks: { _ in })
                }
                .environment(\.strings, core.strings)
            }
        }
    }
#endif
