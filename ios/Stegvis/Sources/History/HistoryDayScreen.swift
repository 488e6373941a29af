import StegvisCore
import SwiftUI

/// One day opened: each thing that happened, with its local time, in the core's words.
struct HistoryDayScreen: View {
    let day: HistoryDay
    @Environment(\.strings) private var strings

    var body: some View {
        Screen(title: strings["shell-calendar-title"]) {
            Text(day.title)
                .font(.title2)
                .accessibilityAddTraits(.isHeader)
                .accessibilityIdentifier("day-title")
            if let empty = day.emptyText {
                Text(empty).font(.body)
            }
            ForEach(Array(day.items.enumerated()), id: \.offset) { index, item in
                HistoryItemCard(item: item).accessibilityIdentifier("item-\(index)")
            }
        }
    }
}

private struct HistoryItemCard: View {
    let item: HistoryItem

    var body: some View {
        // The time on a line of its own, so large text keeps the whole width for the words.
        VStack(alignment: .leading, spacing: 4) {
            if let time = item.timeLabel {
                Text(time).font(.subheadline).fontWeight(.semibold)
            }
            Text(item.text).font(.body)
            ForEach(Array(item.details.enumerated()), id: \.offset) { _, detail in
                Text(detail).font(.callout)
            }
        }
        .padding(12)
        .frame(maxWidth: .infinity, alignment: .leading)
        .overlay(RoundedRectangle(cornerRadius: 12).stroke(Color.secondary.opacity(0.4), lineWidth: 1))
        .accessibilityElement(children: .combine)
    }
}

#if DEBUG
    struct HistoryDayScreen_Previews: PreviewProvider {
        static var previews: some View {
            LookingBackPreview { core in
                if let day = core.read({ try $0.historyDay(date: "2026-11-17") }) {
                    HistoryDayScreen(day: day)
                }
            }
        }
    }
#endif
