import Charts
import SwiftUI

/// A chart's numbers in words, as Android's ChartWords: "title: label value, label
/// value, …", every label and value in the core's words. VoiceOver reads this instead
/// of the picture.
enum ProgressChartWords {
    static func series(_ title: String, _ points: [(String, String)]) -> String {
        "\(title): " + points.map { "\($0.0) \($0.1)" }.joined(separator: ", ")
    }

    /// The colours the lines and bars take in turn.
    static func color(_ index: Int) -> Color {
        let palette = [Color.accentColor, Color.purple, Color.teal]
        return palette[index % palette.count]
    }
}

/// One drawn value: its place in the series, its value, and the stretch of values
/// without a gap it belongs to (a line is drawn only within a stretch).
struct ProgressChartPoint: Identifiable {
    let index: Int
    let value: Double
    let stretch: Int

    var id: Int {
        index
    }

    /// The values that are there; a missing value ends a stretch.
    static func points(_ values: [Double?]) -> [ProgressChartPoint] {
        var stretch = 0
        var out: [ProgressChartPoint] = []
        for (index, value) in values.enumerated() {
            guard let value = value else {
                stretch += 1
                continue
            }
            out.append(ProgressChartPoint(index: index, value: value, stretch: stretch))
        }
        return out
    }
}

/// Values over time as bars from the bottom; a missing value is an empty slot. Under
/// it the first and last label as the core wrote them.
struct ProgressBarChart: View {
    let title: String
    let values: [Double?]
    let top: Double
    let color: Color
    let description: String
    let labels: [String]
    let tag: String

    var body: some View {
        VStack(alignment: .leading, spacing: 2) {
            Chart(ProgressChartPoint.points(values)) { point in
                BarMark(
                    x: .value(title, point.index),
                    y: .value(title, point.value),
                    width: .fixed(barWidth)
                )
                .foregroundStyle(color)
            }
            .chartXScale(domain: -1...max(values.count, 1))
            .chartYScale(domain: 0...top)
            .chartXAxis(.hidden)
            .frame(height: 120)
            .accessibilityElement(children: .ignore)
            .accessibilityLabel(description)
            .accessibilityIdentifier(tag)
            ProgressEdgeLabels(labels: labels)
        }
    }

    /// Bars share the width, each with a gap; never thinner than a line.
    private var barWidth: CGFloat {
        max(4, 180 / CGFloat(max(values.count, 1)))
    }
}

/// Values over time as a line with a point per value: a week without a value is a gap.
/// `top` is the value at the top edge.
struct ProgressLineChart: View {
    let title: String
    let values: [Double?]
    let top: Double
    let color: Color
    let description: String
    let labels: [String]
    let tag: String

    var body: some View {
        VStack(alignment: .leading, spacing: 2) {
            Chart(ProgressChartPoint.points(values)) { point in
                LineMark(
                    x: .value(title, point.index),
                    y: .value(title, point.value),
                    series: .value(title, point.stretch)
                )
                .foregroundStyle(color)
                PointMark(
                    x: .value(title, point.index),
                    y: .value(title, point.value)
                )
                .foregroundStyle(color)
            }
            .chartXScale(domain: 0...max(values.count - 1, 1))
            .chartYScale(domain: 0...top)
            .chartXAxis(.hidden)
            .frame(height: 120)
            .accessibilityElement(children: .ignore)
            .accessibilityLabel(description)
            .accessibilityIdentifier(tag)
            ProgressEdgeLabels(labels: labels)
        }
    }
}

/// The first and last label under a chart, as the core wrote them (the chart's own
/// label already says every one, so VoiceOver skips these).
private struct ProgressEdgeLabels: View {
    let labels: [String]

    var body: some View {
        if let first = labels.first {
            HStack(alignment: .firstTextBaseline) {
                Text(first).font(.caption)
                Spacer()
                if labels.count > 1, let last = labels.last {
                    Text(last).font(.caption).multilineTextAlignment(.trailing)
                }
            }
            .accessibilityHidden(true)
        }
    }
}
