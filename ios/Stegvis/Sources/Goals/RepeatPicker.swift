import StegvisCore
import SwiftUI

/// The four ways a step can be meant: once, every day, some times a week, on chosen days.
/// `key` names the shell text (`shell-repeat-<key>`) and the test tag, as on Android.
enum RepeatKind: String, CaseIterable {
    case once
    case daily
    case timesAWeek = "weekly"
    case weekdays

    var key: String {
        rawValue
    }
}

/// A day of the week with the key of its short name (`shell-repeat-day-<key>`) and test tag.
struct RepeatWeekday: Hashable {
    let day: Weekday
    let key: String
}

/// The days of the week in the core's order, Monday first.
let repeatWeekdays: [RepeatWeekday] = [
    RepeatWeekday(day: .mon, key: "mon"),
    RepeatWeekday(day: .tue, key: "tue"),
    RepeatWeekday(day: .wed, key: "wed"),
    RepeatWeekday(day: .thu, key: "thu"),
    RepeatWeekday(day: .fri, key: "fri"),
    RepeatWeekday(day: .sat, key: "sat"),
    RepeatWeekday(day: .sun, key: "sun"),
]

/// How often a step is meant, as the editor holds it while the person chooses. The
/// number of times and the days are kept when switching kinds, so nothing chosen is lost
/// by a mistaken tap. The core checks the rule when it is saved.
struct RepeatDraft: Equatable {
    var kind: RepeatKind = .once
    var times: UInt32 = 3
    var days: Set<Weekday> = []

    /// The rule to send to the core; `nil` for a step done once.
    func rule() -> StepRepeat? {
        switch kind {
        case .once: return nil
        case .daily: return StepRepeat.daily
        case .timesAWeek: return StepRepeat.timesAWeek(times: times)
        case .weekdays: return StepRepeat.weekdays(days: repeatWeekdays.map(\.day).filter { days.contains($0) })
        }
    }

    /// The draft for a step's current rule.
    static func of(_ rule: StepRepeat?) -> RepeatDraft {
        switch rule {
        case .none: return RepeatDraft()
        case .some(.daily): return RepeatDraft(kind: .daily)
        case let .some(.timesAWeek(times)): return RepeatDraft(kind: .timesAWeek, times: times)
        case let .some(.weekdays(days)): return RepeatDraft(kind: .weekdays, days: Set(days))
        }
    }
}

/// Choosing how often a step is meant: four choices, then, for "times a week", the
/// number (1 to 7), and for "on chosen days", the days. `tagPrefix` keeps the test tags
/// apart when a screen shows two pickers.
struct RepeatPicker: View {
    let draft: RepeatDraft
    var tagPrefix = ""
    let onChange: (RepeatDraft) -> Void
    @Environment(\.strings) private var strings

    private static let times: [UInt32] = [1, 2, 3, 4, 5, 6, 7]

    var body: some View {
        VStack(alignment: .leading, spacing: 4) {
            GoalsQuestion(words: strings["shell-repeat-ask"], small: true)
            ForEach(RepeatKind.allCases, id: \.self) { kind in
                ChoiceRow(label: strings["shell-repeat-\(kind.key)"], selected: draft.kind == kind) {
                    var changed = draft
                    changed.kind = kind
                    onChange(changed)
                }
                .accessibilityIdentifier(tagPrefix + "repeat-\(kind.key)")
            }
            switch draft.kind {
            case .timesAWeek:
                GoalsQuestion(words: strings["shell-repeat-how-many"], small: true)
                GoalsChips {
                    ForEach(Self.times, id: \.self) { n in
                        GoalsChip(label: "\(n)", selected: draft.times == n, tag: tagPrefix + "times-\(n)") {
                            var changed = draft
                            changed.times = n
                            onChange(changed)
                        }
                    }
                }
            case .weekdays:
                GoalsQuestion(words: strings["shell-repeat-which-days"], small: true)
                GoalsChips {
                    ForEach(repeatWeekdays, id: \.key) { entry in
                        let chosen = draft.days.contains(entry.day)
                        GoalsChip(
                            label: strings["shell-repeat-day-\(entry.key)"],
                            selected: chosen,
                            tag: tagPrefix + "day-\(entry.key)"
                        ) {
                            var changed = draft
                            if chosen {
                                changed.days.remove(entry.day)
                            } else {
                                changed.days.insert(entry.day)
                            }
                            onChange(changed)
                        }
                    }
                }
            case .once, .daily:
                EmptyView()
            }
        }
    }
}
