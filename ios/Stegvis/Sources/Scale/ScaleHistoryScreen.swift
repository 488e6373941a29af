import StegvisCore
import SwiftUI

/// The IMR Scale over time: each rating with its total (said plainly when some topics
/// were skipped), each topic's answers in order, the note on comparing totals, and how
/// often the scale is offered.
struct ScaleHistoryScreen: View {
    let history: ScaleHistory
    let onRate: () -> Void
    let onInterval: (ScaleInterval) -> Void
    @Environment(\.strings) private var strings

    var body: some View {
        let settings = history.settings
        Screen(title: strings["shell-scale-nav"]) {
            Text(settings.lastRatedLabel).font(.body)
            if let next = settings.nextDueLabel {
                Text(next).font(.body).accessibilityIdentifier("next-due")
            }
            MainButton(label: strings["shell-scale-fill-in"], tag: "scale-rate", action: onRate)
            if let empty = history.emptyText {
                Text(empty).font(.body)
            }
            if !history.ratings.isEmpty {
                ratings
                ForEach(history.series, id: \.key) { series in
                    ScaleSeriesRow(series: series)
                }
            }
            SectionTitle(text: strings["shell-scale-every"])
            ForEach(settings.choices, id: \.key) { choice in
                ChoiceRow(label: choice.label, selected: choice.interval == settings.interval) {
                    onInterval(choice.interval)
                }
                .accessibilityIdentifier("every-\(choice.key)")
            }
        }
    }

    private var ratings: some View {
        VStack(alignment: .leading, spacing: 4) {
            SectionTitle(text: strings["shell-scale-history"])
            ForEach(history.ratings, id: \.date) { rating in
                Text(verbatim: "\(rating.label): \(rating.totalLabel)")
                    .font(.body)
                    .accessibilityIdentifier("rating-\(rating.date)")
            }
            Text(history.totalNote).font(.callout).accessibilityIdentifier("total-note")
        }
        .padding(16)
        .frame(maxWidth: .infinity, alignment: .leading)
        .overlay(RoundedRectangle(cornerRadius: 12).stroke(Color.secondary.opacity(0.4), lineWidth: 1))
    }
}

/// One topic's answers over the ratings, oldest first; "–" where it was skipped.
private struct ScaleSeriesRow: View {
    let series: ScaleTopicSeries

    var body: some View {
        ViewThatFits(in: .horizontal) {
            HStack(alignment: .firstTextBaseline, spacing: 8) {
                Text(series.name).frame(maxWidth: .infinity, alignment: .leading)
                Text(values).font(.headline)
            }
            VStack(alignment: .leading, spacing: 2) {
                Text(series.name)
                Text(values).font(.headline)
            }
        }
        .accessibilityElement(children: .combine)
        .accessibilityIdentifier("series-\(series.key)")
    }

    private var values: String {
        series.values.map { value in value.map { "\($0)" } ?? "–" }.joined(separator: " → ")
    }
}

#if DEBUG
    struct ScaleHistoryScreen_Previews: PreviewProvider {
        static var previews: some View {
            LookingBackPreview { core in
                let _ = core.write { try $0.scaleRate(date: nil, answers: [ScaleAnswer(topic: "knowledge", value: 4)]) }
                if let history = core.read({ try $0.scaleHistory() }) {
                    ScaleHistoryScreen(history: history, onRate: {}, onInterval: { _ in })
                }
            }
        }
    }
#endif
