import StegvisCore
import SwiftUI

/// A month of history: Monday-first weeks with the core's week numbers and day names,
/// each day a cell with its number and plain markers (what happened, never what did
/// not), the month before and after as the core allows, and a legend. VoiceOver hears
/// each day's sentence from the core; a tap opens the day. At the accessibility text
/// sizes the month is a list of its days, so nothing is squeezed into seven columns.
struct HistoryScreen: View {
    let month: HistoryMonth
    let onMonth: (String) -> Void
    let onDay: (String) -> Void
    @Environment(\.strings) private var strings
    @Environment(\.dynamicTypeSize) private var typeSize

    var body: some View {
        Screen(title: strings["shell-calendar-title"]) {
            Text(month.title)
                .font(.title2)
                .accessibilityAddTraits(.isHeader)
                .accessibilityIdentifier("month-title")
            monthButtons
            // From the largest standard text size up, seven day columns would be too narrow to
            // read or tap: a list of days, each with the core's sentence.
            if typeSize >= .xxxLarge {
                dayList
            } else {
                grid
            }
            if let empty = month.emptyText {
                Text(empty).font(.body)
            }
            legend
        }
    }

    private var monthButtons: some View {
        let layout = typeSize.isAccessibilitySize ? AnyLayout(VStackLayout(spacing: 8)) : AnyLayout(HStackLayout(spacing: 8))
        return layout {
            OtherButton(label: strings["shell-calendar-previous"], tag: "previous-month") {
                onMonth(month.previousMonth)
            }
            if let next = month.nextMonth {
                OtherButton(label: strings["shell-calendar-next"], tag: "next-month") {
                    onMonth(next)
                }
            }
        }
    }

    /// Seven columns after the week number; the day names above are for the eye only
    /// (each day's own sentence names its weekday).
    private var grid: some View {
        Grid(horizontalSpacing: 4, verticalSpacing: 4) {
            GridRow {
                Color.clear.frame(width: 1, height: 1)
                ForEach(Array(month.weekdayNames.enumerated()), id: \.offset) { _, name in
                    Text(name).font(.caption).frame(maxWidth: .infinity, alignment: .leading)
                }
            }
            .accessibilityHidden(true)
            ForEach(Array(month.weeks.enumerated()), id: \.offset) { _, week in
                GridRow(alignment: .top) {
                    Text(verbatim: "\(week.isoWeek)")
                        .font(.caption2)
                        .foregroundStyle(Color.secondary)
                        .accessibilityHidden(true)
                    ForEach(week.days, id: \.date) { cell in
                        HistoryDayCell(cell: cell, onDay: onDay)
                    }
                }
            }
        }
    }

    /// The days of the month one under the other, each with the core's sentence.
    private var dayList: some View {
        VStack(alignment: .leading, spacing: 8) {
            ForEach(month.weeks.flatMap(\.days).filter { $0.place != HistoryDayPlace.outsideMonth }, id: \.date) { cell in
                HistoryDayRow(cell: cell, onDay: onDay)
            }
        }
    }

    private var legend: some View {
        VStack(alignment: .leading, spacing: 4) {
            SectionTitle(text: strings["shell-calendar-legend"])
            ForEach(Array(month.legend.enumerated()), id: \.offset) { _, line in
                HStack(alignment: .firstTextBaseline, spacing: 12) {
                    Text(HistoryMarks.glyph(line.kind)).font(.body).accessibilityHidden(true)
                    Text(line.label).font(.callout)
                }
            }
        }
        .frame(maxWidth: .infinity, alignment: .leading)
        .accessibilityElement(children: .contain)
        .accessibilityIdentifier("legend")
    }
}

/// One day in the grid: its number and markers; a day of this month that has come opens.
private struct HistoryDayCell: View {
    let cell: HistoryCell
    let onDay: (String) -> Void

    var body: some View {
        if cell.place == HistoryDayPlace.inMonth {
            Button {
                onDay(cell.date)
            } label: {
                face
            }
            .buttonStyle(.plain)
            .accessibilityElement(children: .ignore)
            .accessibilityLabel(cell.description)
            .accessibilityAddTraits(.isButton)
            .accessibilityIdentifier("day-\(cell.date)")
        } else {
            face
                .accessibilityElement(children: .ignore)
                .accessibilityLabel(cell.description)
                .accessibilityIdentifier("day-\(cell.date)")
        }
    }

    private var face: some View {
        VStack(alignment: .leading, spacing: 2) {
            if cell.place != HistoryDayPlace.outsideMonth {
                Text(verbatim: "\(cell.dayNumber)")
                    .font(.subheadline)
                    .fontWeight(cell.isToday ? .bold : .regular)
                ForEach(Array(cell.marks.enumerated()), id: \.offset) { _, mark in
                    Text(HistoryMarks.token(mark)).font(.caption2)
                }
            }
        }
        .padding(4)
        .frame(maxWidth: .infinity, minHeight: 64, alignment: .topLeading)
        .foregroundStyle(cell.place == HistoryDayPlace.inMonth ? Color.primary : Color.secondary)
        .background(cell.isToday ? Color.accentColor.opacity(0.15) : Color.clear)
        .overlay(
            RoundedRectangle(cornerRadius: 6)
                .stroke(cell.isToday ? Color.accentColor : Color.secondary.opacity(0.3), lineWidth: cell.isToday ? 3 : 1)
        )
        .contentShape(Rectangle())
    }
}

/// One day as a row, for the largest text sizes: the core's sentence for the day.
private struct HistoryDayRow: View {
    let cell: HistoryCell
    let onDay: (String) -> Void

    var body: some View {
        let opens = cell.place == HistoryDayPlace.inMonth
        Button {
            onDay(cell.date)
        } label: {
            Text(cell.description)
                .fontWeight(cell.isToday ? .bold : .regular)
                .frame(maxWidth: .infinity, minHeight: minTouch, alignment: .leading)
                .padding(8)
                .background(cell.isToday ? Color.accentColor.opacity(0.15) : Color.secondary.opacity(0.08))
                .clipShape(RoundedRectangle(cornerRadius: 8))
        }
        .buttonStyle(.plain)
        .disabled(!opens)
        .accessibilityIdentifier("day-\(cell.date)")
    }
}

#if DEBUG
    struct HistoryScreen_Previews: PreviewProvider {
        static var previews: some View {
            LookingBackPreview { core in
                if let month = core.read({ try $0.historyMonth(month: nil) }) {
                    HistoryScreen(month: month, onMonth: { _ in }, onDay: { _ in })
                }
            }
        }
    }
#endif
