# doses: see core/src/l10n/render.rs for how files are loaded.
## Logging doses safely, changing schedules, the dose history.

reason-dose-too-early = you can note this dose from { $time } on { $date }.
error-conflict-dose-already-taken = This dose is already noted as taken, on { $date } at { $time }. To change it, undo it first.
error-conflict-dose-already-skipped = This dose is already noted as skipped, on { $date } at { $time }. To change it, undo it first.
error-conflict-dose-already-snoozed = This dose is already noted, on { $date } at { $time }. To change it, undo it first.
error-conflict-dose-already-logged = This dose is already noted. To change it, undo it first.
error-conflict-dose-not-logged = This dose is not noted, so there is nothing to undo.
error-conflict-no-dose-due = No planned dose of this medicine is due right now. If you took an extra dose, note it as an extra one.
error-conflict-schedule-already-exists = This medicine already has a schedule with the same times and days.
error-conflict-schedule-has-logged-doses = Doses are noted under this schedule. End it instead, so they are kept.
error-conflict-doses-logged-after-end = Doses are noted after that day. Choose an end on or after the last noted dose.
field-amounts = Amount at each time

dose-time-amount = { $time } ({ $amount })
dose-line-taken = { $time }: taken at { $taken }
dose-line-skipped = { $time }: skipped
dose-line-skipped-reason = { $time }: skipped ({ $reason })
dose-line-snoozed = { $time }: snoozed until { $until }
dose-line-missed = { $time }: not noted
dose-line-not-logged = { $time }: not yet
dose-line-extra = { $time }: extra dose
dose-line-as-needed = { $time }: taken (when needed)

cli-dose-undone = The dose is no longer noted.
cli-dose-taken-planned = Noted as taken: the dose at { $time } on { $date }.
cli-dose-taken-extra = Noted as an extra dose.
cli-no-dose-due-hint = To note an extra dose: stegvis meds take { $id } --extra
cli-schedule-edited = The schedule is changed.
cli-schedule-ended = The schedule is ended. Its history is kept.
cli-schedule-removed = The schedule is removed.
cli-history-title = The last { $days ->
    [one] day
   *[other] { $days } days
}
cli-history-empty = No doses on these days.
cli-schedule-ends = Last day: { $date }

# A dose pinned to a home zone, read while away: "02:00 here, 08:00 Oslo time".
dose-time-away = { $here } here, { $home } { $city } time
