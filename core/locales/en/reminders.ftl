# reminders: see core/src/l10n/render.rs for how files are loaded.
## Lock-screen texts: no medicine, illness or step named unless the person allowed names.
reminder-doses = { $count ->
    [one] Time for your { $time } medicine
   *[other] Time for your { $time } medicines
}
reminder-doses-named = Time for { $names } ({ $time })
reminder-snoozed = { $count ->
    [one] Time for the medicine you snoozed
   *[other] Time for the medicines you snoozed
}
reminder-snoozed-named = Time for { $names } (snoozed, { $time })
reminder-step-due = A step you planned is due today
reminder-refill = { $count ->
    [one] A medicine will run out soon. Time to get more
   *[other] { $count } medicines will run out soon. Time to get more
}
reminder-refill-named = { $names } will run out soon. Time to get more

## The terminal.
cli-reminders-complete-until = This list is complete until { $when }. Run `stegvis reminders` again before then.
cli-reminder-settings-title = Reminder settings
cli-reminder-settings-checkin = Check-in reminder: every day at { $time }
cli-reminder-settings-checkin-off = Check-in reminder: off
cli-reminder-settings-names-shown = Medicine names in notifications: shown
cli-reminder-settings-names-hidden = Medicine names in notifications: hidden (a lock screen is public)
cli-reminder-settings-steps-on = A reminder on the day a step is due: on
cli-reminder-settings-steps-off = A reminder on the day a step is due: off
cli-reminder-settings-how = Change them: stegvis reminders settings --checkin-time 21:00 (or --no-checkin), --show-names or --hide-names, --step-reminders or --no-step-reminders
cli-checkin-reminder-offer = You'll get a check-in reminder at { $time }. Change it: stegvis reminders settings --checkin-time 21:00, or --no-checkin
cli-reminder-dose-taken = { $name } ({ $time }): taken
cli-reminder-dose-skipped = { $name } ({ $time }): skipped
cli-reminder-dose-snoozed = { $name } ({ $time }): you'll be reminded again at { $until }
cli-reminder-dose-already-taken = { $name } ({ $time }): already taken, left as it was
cli-reminder-dose-already-skipped = { $name } ({ $time }): already skipped, left as it was
