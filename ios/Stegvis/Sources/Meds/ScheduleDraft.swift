import Foundation
import StegvisCore

/// Which days a schedule's times are for.
enum ScheduleDays: Equatable {
    case daily
    case weekdays
    case every
}

/// New times for a medicine as the person typed and chose them, sent to the core as
/// typed: the times as written ("08:00, 22:00"), the amounts read by the core
/// (`parseMedAmounts`), the days, and whether the times follow the phone or one zone.
struct ScheduleDraft: Equatable {
    var times = ""
    var amounts = ""
    var days = ScheduleDays.daily
    var weekdays: Set<Weekday> = []
    var every = ""
    var pinned = false
    var zone = ""

    func toSchedule() throws -> NewSchedule {
        let rule: Repeat
        switch days {
        case .daily:
            rule = .daily
        case .weekdays:
            rule = .weekdays(days: scheduleWeekdays.map(\.day).filter { weekdays.contains($0) })
        case .every:
            // As Android: a number out of range reaches the core as the nearest it can carry, and the core refuses it.
            rule = .everyDays(days: UInt32(clamping: try parseMedNumber(text: every, field: .everyDays) ?? 0))
        }
        return NewSchedule(
            times: Self.parts(times),
            repeat: rule,
            startDate: nil,
            endDate: nil,
            zonePolicy: pinned ? .pinned(zone: zone.trimmingCharacters(in: .whitespacesAndNewlines)) : .followDevice,
            amounts: try parseMedAmounts(text: amounts)
        )
    }

    /// Turns one weekday on or off.
    mutating func set(_ day: Weekday, _ on: Bool) {
        if on {
            weekdays.insert(day)
        } else {
            weekdays.remove(day)
        }
    }

    /// The pieces of a list typed with commas, as typed; the core checks each.
    static func parts(_ typed: String) -> [String] {
        typed.split(separator: ",")
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
    }
}

/// One weekday of the form: the core's day, its words and its test tag (as Android's).
struct ScheduleWeekday {
    let day: Weekday
    let label: String
    let tag: String
}

/// The weekdays in the order the form shows them.
let scheduleWeekdays: [ScheduleWeekday] = [
    ScheduleWeekday(day: .mon, label: "shell-meds-mon", tag: "schedule-MON"),
    ScheduleWeekday(day: .tue, label: "shell-meds-tue", tag: "schedule-TUE"),
    ScheduleWeekday(day: .wed, label: "shell-meds-wed", tag: "schedule-WED"),
    ScheduleWeekday(day: .thu, label: "shell-meds-thu", tag: "schedule-THU"),
    ScheduleWeekday(day: .fri, label: "shell-meds-fri", tag: "schedule-FRI"),
    ScheduleWeekday(day: .sat, label: "shell-meds-sat", tag: "schedule-SAT"),
    ScheduleWeekday(day: .sun, label: "shell-meds-sun", tag: "schedule-SUN"),
]
