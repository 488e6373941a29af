# doses: see core/src/l10n/render.rs for how files are loaded.
## Logging doses safely, changing schedules, the dose history.

reason-dose-too-early = du kan notera den här dosen från kl. { $time } { $date }.
error-conflict-dose-already-taken = Den här dosen är redan noterad som tagen, { $date } kl. { $time }. Ångra den först om du vill ändra den.
error-conflict-dose-already-skipped = Den här dosen är redan noterad som överhoppad, { $date } kl. { $time }. Ångra den först om du vill ändra den.
error-conflict-dose-already-snoozed = Den här dosen är redan noterad, { $date } kl. { $time }. Ångra den först om du vill ändra den.
error-conflict-dose-already-logged = Den här dosen är redan noterad. Ångra den först om du vill ändra den.
error-conflict-dose-not-logged = Den här dosen är inte noterad, så det finns inget att ångra.
error-conflict-no-dose-due = Ingen planerad dos av den här medicinen är aktuell nu. Om du tog en extra dos, notera den som extra.
error-conflict-schedule-already-exists = Den här medicinen har redan ett schema med samma tider och dagar.
error-conflict-schedule-has-logged-doses = Det finns noterade doser i det här schemat. Avsluta det i stället, så sparas de.
error-conflict-doses-logged-after-end = Det finns noterade doser efter den dagen. Välj en sista dag samma dag som eller efter den senast noterade dosen.
field-amounts = Mängd vid varje tid

dose-time-amount = { $time } ({ $amount })
dose-line-taken = { $time }: tagen kl. { $taken }
dose-line-skipped = { $time }: överhoppad
dose-line-skipped-reason = { $time }: överhoppad ({ $reason })
dose-line-snoozed = { $time }: uppskjuten till kl. { $until }
dose-line-missed = { $time }: inte noterad
dose-line-not-logged = { $time }: inte än
dose-line-extra = { $time }: extra dos
dose-line-as-needed = { $time }: tagen (vid behov)

cli-dose-undone = Dosen är inte längre noterad.
cli-dose-taken-planned = Noterat som tagen: dosen kl. { $time } { $date }.
cli-dose-taken-extra = Noterat som extra dos.
cli-no-dose-due-hint = För att notera en extra dos: stegvis meds take { $id } --extra
cli-schedule-edited = Schemat är ändrat.
cli-schedule-ended = Schemat är avslutat. Historiken finns kvar.
cli-schedule-removed = Schemat är borttaget.
cli-history-title = { $days ->
    [one] Senaste dagen
   *[other] Senaste { $days } dagarna
}
cli-history-empty = Inga doser de här dagarna.
cli-schedule-ends = Sista dag: { $date }

# A dose pinned to a home zone, read while away: "02:00 here, 08:00 Oslo time".
dose-time-away = { $here } här, { $home } i { $city }
