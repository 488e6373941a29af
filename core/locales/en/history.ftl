# history: see core/src/l10n/render.rs for how files are loaded.

## Reading check-ins back.

history-title = Your check-ins over { $weeks ->
    [one] the last week
   *[other] the last { $weeks } weeks
} ({ $from } to { $to })
history-empty = No check-ins in this period yet. They will show here when you have done some.
history-no-checkin = No check-in on { $date }.
history-sleep = Slept { $hours ->
    [one] { $hours } hour
   *[other] { $hours } hours
}
history-summary-level = { $level }: { $signs }
history-summary-calm = Every sign at “{ $level }”
history-summary-no-ratings = No signs rated
history-note = Note: { $note }
history-and = { $first } and { $last }
