# reminders: see core/src/l10n/render.rs for how files are loaded.
## Lock-screen texts: no medicine, illness or step named unless the person allowed names.
reminder-doses = { $count ->
    [one] Tid til din medicin kl. { $time }
   *[other] Tid til dine mediciner kl. { $time }
}
reminder-doses-named = Tid til { $names } ({ $time })
reminder-snoozed = { $count ->
    [one] Tid til den medicin, du udsatte
   *[other] Tid til de mediciner, du udsatte
}
reminder-snoozed-named = Tid til { $names } (udsat, { $time })
reminder-step-due = Et skridt, du har planlagt, skal gøres i dag
reminder-refill = { $count ->
    [one] En medicin slipper snart op. Tid til at skaffe mere
   *[other] { $count } mediciner slipper snart op. Tid til at skaffe mere
}
reminder-refill-named = { $names } slipper snart op. Tid til at skaffe mere

## The terminal.
cli-reminders-complete-until = Listen er fuldstændig frem til { $when }. Kør `stegvis reminders` igen inden da.
cli-reminder-settings-title = Indstillinger for påmindelser
cli-reminder-settings-checkin = Påmindelse om tjek: hver dag kl. { $time }
cli-reminder-settings-checkin-off = Påmindelse om tjek: fra
cli-reminder-settings-names-shown = Navne på medicin i notifikationer: vises
cli-reminder-settings-names-hidden = Navne på medicin i notifikationer: skjult (låseskærmen er offentlig)
cli-reminder-settings-steps-on = Påmindelse den dag, et skridt skal gøres: til
cli-reminder-settings-steps-off = Påmindelse den dag, et skridt skal gøres: fra
cli-reminder-settings-how = Skift dem: stegvis reminders settings --checkin-time 21:00 (eller --no-checkin), --show-names eller --hide-names, --step-reminders eller --no-step-reminders
cli-checkin-reminder-offer = Du får en påmindelse om dit tjek kl. { $time }. Skift den: stegvis reminders settings --checkin-time 21:00, eller --no-checkin
cli-reminder-dose-taken = { $name } ({ $time }): taget
cli-reminder-dose-skipped = { $name } ({ $time }): sprunget over
cli-reminder-dose-snoozed = { $name } ({ $time }): du får en ny påmindelse kl. { $until }
cli-reminder-dose-already-taken = { $name } ({ $time }): allerede taget, ikke ændret
cli-reminder-dose-already-skipped = { $name } ({ $time }): allerede sprunget over, ikke ændret
