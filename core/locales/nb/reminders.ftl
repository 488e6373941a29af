# reminders: see core/src/l10n/render.rs for how files are loaded.
## Lock-screen texts: no medicine, illness or step named unless the person allowed names.
reminder-doses = { $count ->
    [one] Tid for medisinen din kl. { $time }
   *[other] Tid for medisinene dine kl. { $time }
}
reminder-doses-named = Tid for { $names } ({ $time })
reminder-snoozed = { $count ->
    [one] Tid for medisinen du utsatte
   *[other] Tid for medisinene du utsatte
}
reminder-snoozed-named = Tid for { $names } (utsatt, { $time })
reminder-step-due = Et steg du har planlagt, skal gjøres i dag
reminder-refill = { $count ->
    [one] En medisin går snart tom. Tid for å skaffe mer
   *[other] { $count } medisiner går snart tom. Tid for å skaffe mer
}
reminder-refill-named = { $names } går snart tom. Tid for å skaffe mer

## The terminal.
cli-reminders-complete-until = Denne lista er fullstendig fram til { $when }. Kjør `stegvis reminders` igjen før det.
cli-reminder-settings-title = Innstillinger for påminnelser
cli-reminder-settings-checkin = Påminnelse om innsjekk: hver dag kl. { $time }
cli-reminder-settings-checkin-off = Påminnelse om innsjekk: av
cli-reminder-settings-names-shown = Navn på medisiner i varsler: vises
cli-reminder-settings-names-hidden = Navn på medisiner i varsler: skjult (låseskjermen er offentlig)
cli-reminder-settings-steps-on = Påminnelse den dagen et steg skal gjøres: på
cli-reminder-settings-steps-off = Påminnelse den dagen et steg skal gjøres: av
cli-reminder-settings-how = Endre dem: stegvis reminders settings --checkin-time 21:00 (eller --no-checkin), --show-names eller --hide-names, --step-reminders eller --no-step-reminders
cli-checkin-reminder-offer = Du får en påminnelse om innsjekk kl. { $time }. Endre den: stegvis reminders settings --checkin-time 21:00, eller --no-checkin
cli-reminder-dose-taken = { $name } ({ $time }): tatt
cli-reminder-dose-skipped = { $name } ({ $time }): hoppet over
cli-reminder-dose-snoozed = { $name } ({ $time }): du får en ny påminnelse kl. { $until }
cli-reminder-dose-already-taken = { $name } ({ $time }): allerede tatt, ikke endret
cli-reminder-dose-already-skipped = { $name } ({ $time }): allerede hoppet over, ikke endret
