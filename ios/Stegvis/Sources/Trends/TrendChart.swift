import Charts
import StegvisCore
import SwiftUI

/// One day with a rating, placed on the chart; `run` groups neighbouring days, so a line
/// joins only days next to each other and a day without a check-in is a gap.
struct TrendPoint: Identifiable {
    let id: Int
    let value: Double
    let run: Int

    /// The days of `daily` that have a rating, oldest first, by their place in the period.
    static func points(_ daily: [Double?]) -> [TrendPoint] {
        var points: [TrendPoint] = []
        var run = 0
        for (day, value) in daily.enumerated() {
            if let value {
                points.append(TrendPoint(id: day, value: value, run: run))
            } else {
                run += 1
            }
        }
        return points
    }
}

/// One sign's daily ratings as a line over the period, drawn with Swift Charts: a point
/// per day with a rating, lines only between neighbouring days. Grid lines mark the four
/// rating levels; the highest and lowest rating words are written above and below it and
/// the dates under it, all from the core. VoiceOver reads the core's description of the
/// sign's chart (its numbers in words) instead of the picture.
struct TrendChart: View {
    let sign: SignSeries
    let days: [TrendDay]
    let scale: [String]
    let color: Color

    var body: some View {
        VStack(alignment: .leading, spacing: 4) {
            if let top = scale.last {
                AxisWord(word: top)
            }
            Chart(TrendPoint.points(sign.series.daily)) { point in
                LineMark(
                    x: .value("day", point.id),
                    y: .value("rating", point.value),
                    series: .value("run", point.run)
                )
                .foregroundStyle(color)
                .lineStyle(StrokeStyle(lineWidth: 3))
                PointMark(
                    x: .value("day", point.id),
                    y: .value("rating", point.value)
                )
                .foregroundStyle(color)
            }
            .chartXScale(domain: 0 ... max(days.count - 1, 1))
            .chartYScale(domain: 0.0 ... 3.0)
            .chartXAxis(.hidden)
            .chartYAxis {
                AxisMarks(values: [0.0, 1.0, 2.0, 3.0]) { value in
                    AxisGridLine(stroke: StrokeStyle(lineWidth: 1, dash: value.index == 0 ? [] : [6, 6]))
                }
            }
            .frame(height: 120)
            .padding(.vertical, 6)
            .accessibilityElement(children: .ignore)
            .accessibilityLabel(sign.description)
            .accessibilityIdentifier("chart")
            if let bottom = scale.first {
                AxisWord(word: bottom)
            }
            DateAxis(days: days)
        }
        .frame(maxWidth: .infinity, alignment: .leading)
    }
}

/// A rating word beside the chart, as the core wrote it.
private struct AxisWord: View {
    let word: String

    var body: some View {
        Text(word).font(.caption).foregroundColor(.secondary)
    }
}

/// The first, middle and last day's labels, as the core wrote them; VoiceOver has the
/// period in the chart's description already.
private struct DateAxis: View {
    let days: [TrendDay]

    var body: some View {
        if let first = days.first, let last = days.last {
            HStack(alignment: .top) {
                Text(first.label).frame(maxWidth: .infinity, alignment: .leading)
                Text(days[days.count / 2].label).frame(maxWidth: .infinity, alignment: .center)
                Text(last.label).frame(maxWidth: .infinity, alignment: .trailing)
            }
            .font(.caption)
            .padding(.top, 4)
            .accessibilityHidden(true)
        }
    }
}
