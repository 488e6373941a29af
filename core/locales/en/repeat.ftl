## Repeating steps: the rule, the week's count, and check-offs. A count only:
## never a streak, never "missed" or "broken".

repeat-daily = Every day
repeat-times-a-week = { $times ->
    [one] Once a week
   *[other] { $times } times a week
}
repeat-on-mon = Mondays
repeat-on-tue = Tuesdays
repeat-on-wed = Wednesdays
repeat-on-thu = Thursdays
repeat-on-fri = Fridays
repeat-on-sat = Saturdays
repeat-on-sun = Sundays
repeat-days-and = { $days } and { $last }
repeat-week-progress = { $done } of { $target } this week
repeat-week-progress-more = { $done } this week ({ $target } planned)
repeat-goal-steps = { $count ->
    [one] 1 step that repeats
   *[other] { $count } steps that repeat
}
repeat-today-detail = { $rule } · { $week }

field-step-repeat = How often
field-times-a-week = Times a week
field-step-time = Reminder time
field-occurrence-date = Day done
hint-step-repeat = Write daily, weekly:3 (times a week, 1 to 7), weekdays:mon,thu or none.
hint-step-time = Write the time as hours:minutes, for example 18:30.
hint-times-a-week = Write a number from 1 to 7, for example weekly:3.
reason-duplicate = the same day is chosen twice.
error-conflict-step-not-repeating = That step is done once, not repeatedly. Check the step itself off.

cli-repeat-today = today
cli-repeat-done = Well done. Checked off for { $date }: { $week }.
cli-repeat-undone = The check-off for { $date } is taken back: { $week }.

hint-occurrence-date = Write the date as year-month-day, for example 2026-11-18.
