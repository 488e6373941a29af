# reminders: see core/src/l10n/render.rs for how files are loaded.
## Lock-screen texts: no medicine, illness or step named unless the person allowed names.
reminder-doses = { $count ->
    [one] Dags för din medicin kl. { $time }
   *[other] Dags för dina mediciner kl. { $time }
}
reminder-doses-named = Dags för { $names } ({ $time })
reminder-snoozed = { $count ->
    [one] Dags för medicinen du sköt upp
   *[other] Dags för medicinerna du sköt upp
}
reminder-snoozed-named = Dags för { $names } (uppskjuten, { $time })
reminder-step-due = Ett steg du har planerat ska göras i dag
reminder-refill = { $count ->
    [one] En medicin tar snart slut. Dags att skaffa mer
   *[other] { $count } mediciner tar snart slut. Dags att skaffa mer
}
reminder-refill-named = { $names } tar snart slut. Dags att skaffa mer

## The terminal.
cli-reminders-complete-until = Listan är fullständig fram till { $when }. Kör `stegvis reminders` igen före dess.
cli-reminder-settings-title = Inställningar för påminnelser
cli-reminder-settings-checkin = Påminnelse om incheckning: varje dag kl. { $time }
cli-reminder-settings-checkin-off = Påminnelse om incheckning: av
cli-reminder-settings-names-shown = Namn på mediciner i aviseringar: visas
cli-reminder-settings-names-hidden = Namn på mediciner i aviseringar: dolda (låsskärmen är offentlig)
cli-reminder-settings-steps-on = Påminnelse den dag ett steg ska göras: på
cli-reminder-settings-steps-off = Påminnelse den dag ett steg ska göras: av
cli-reminder-settings-how = Ändra dem: stegvis reminders settings --checkin-time 21:00 (eller --no-checkin), --show-names eller --hide-names, --step-reminders eller --no-step-reminders
cli-checkin-reminder-offer = Du får en påminnelse om incheckning kl. { $time }. Ändra den: stegvis reminders settings --checkin-time 21:00, eller --no-checkin
cli-reminder-dose-taken = { $name } ({ $time }): tagen
cli-reminder-dose-skipped = { $name } ({ $time }): hoppades över
cli-reminder-dose-snoozed = { $name } ({ $time }): du får en ny påminnelse kl. { $until }
cli-reminder-dose-already-taken = { $name } ({ $time }): redan tagen, inte ändrad
cli-reminder-dose-already-skipped = { $name } ({ $time }): redan överhoppad, inte ändrad
