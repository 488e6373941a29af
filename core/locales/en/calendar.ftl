# The history calendar: a month of days with plain markers, and a day opened.
# (history.ftl holds the check-ins read back; this file is the calendar.)

field-history-month = Month
field-history-date = Day

## What happened, one line each, in a day opened.

calendar-step-done = Done: “{ $step }” (goal: { $goal })
calendar-repeat-done = Done once more: “{ $step }” (goal: { $goal })
calendar-checkin = Checked in
calendar-checkin-with-note = Checked in, with a note
calendar-checkin-rating = { $sign }: { $rating }
calendar-dose-taken = { $medicine }, planned { $slot }: taken at { $time }
calendar-dose-skipped = { $medicine }, planned { $slot }: skipped
calendar-dose-not-noted = { $medicine }, planned { $slot }: not noted
calendar-dose-to-come = { $medicine }, planned { $slot }: still to come
calendar-dose-extra = { $medicine }: taken when needed at { $time }
calendar-plan-saved = { $version ->
    [1] You wrote your plan
   *[other] You saved version { $version } of your plan
}
calendar-consent-given = You started sharing with { $name }: { $sections }
calendar-consent-changed = You changed what { $name } sees: { $sections }
calendar-consent-withdrawn = You stopped sharing with { $name }
calendar-module-started = You started the module “{ $module }”
calendar-module-done = You worked through the module “{ $module }”
calendar-scale-rated = You rated { $topics } topics of the IMR Scale (total { $total })

## Markers in the month, counted: how many, never how few.

calendar-mark-step-done = { $count ->
    [one] 1 step done
   *[other] { $count } steps done
}
calendar-mark-repeat-done = { $count ->
    [one] 1 repeating step done
   *[other] { $count } repeating steps done
}
calendar-mark-checkin = Checked in
calendar-mark-checkin-note = Checked in, with a note
calendar-mark-dose = { $taken } of { $planned } planned doses taken
calendar-mark-dose-when-needed = { $extra ->
    [one] 1 dose taken when needed
   *[other] { $extra } doses taken when needed
}
calendar-mark-dose-and-when-needed = { $taken } of { $planned } planned doses taken, and { $extra } when needed
calendar-mark-plan-saved = Plan saved
calendar-mark-consent = Sharing changed
calendar-mark-module-started = Module started
calendar-mark-module-done = Module worked through
calendar-mark-scale-rated = IMR Scale rated

## What each marker means.

calendar-legend-step-done = steps done
calendar-legend-repeat-done = repeating steps done
calendar-legend-checkin = check-in (+ with a note)
calendar-legend-dose = doses taken of planned
calendar-legend-plan-saved = plan saved
calendar-legend-consent = sharing given, changed or stopped
calendar-legend-module-started = IMR module started
calendar-legend-module-done = IMR module worked through
calendar-legend-scale-rated = IMR Scale rated

## A day as a screen reader says it, and days with nothing.

calendar-day-marks = { $date }: { $marks }
calendar-day-today = Today, { $date }
calendar-day-today-marks = Today, { $date }: { $marks }
calendar-day-ahead = { $date }, still to come
calendar-day-empty = Nothing was noted on this day.
calendar-month-empty = Nothing noted in { $month }.

## The terminal's calendar.

calendar-cli-legend = Marks:
calendar-cli-today = [ ] today
calendar-cli-open-day = To see a day: stegvis history --date { $date }

hint-history-month = Write the month as year-month, for example 2026-11.
hint-history-date = Write the date as year-month-day, for example 2026-11-18.
