# doses: see core/src/l10n/render.rs for how files are loaded.
## Logging doses safely, changing schedules, the dose history.

reason-dose-too-early = du kan notere denne dosen fra kl. { $time } { $date }.
error-conflict-dose-already-taken = Denne dosen er allerede notert som tatt, { $date } kl. { $time }. Angre den først hvis du vil endre den.
error-conflict-dose-already-skipped = Denne dosen er allerede notert som hoppet over, { $date } kl. { $time }. Angre den først hvis du vil endre den.
error-conflict-dose-already-snoozed = Denne dosen er allerede notert, { $date } kl. { $time }. Angre den først hvis du vil endre den.
error-conflict-dose-already-logged = Denne dosen er allerede notert. Angre den først hvis du vil endre den.
error-conflict-dose-not-logged = Denne dosen er ikke notert, så det er ingenting å angre.
error-conflict-no-dose-due = Ingen planlagt dose av denne medisinen er aktuell nå. Hvis du tok en ekstra dose, noter den som ekstra.
error-conflict-schedule-already-exists = Denne medisinen har allerede en tidsplan med de samme tidene og dagene.
error-conflict-schedule-has-logged-doses = Det er notert doser i denne tidsplanen. Avslutt den i stedet, så blir de tatt vare på.
error-conflict-doses-logged-after-end = Det er notert doser etter den dagen. Velg en siste dag som er samme dag som eller etter den siste noterte dosen.
field-amounts = Mengde for hvert tidspunkt

dose-time-amount = { $time } ({ $amount })
dose-line-taken = { $time }: tatt kl. { $taken }
dose-line-skipped = { $time }: hoppet over
dose-line-skipped-reason = { $time }: hoppet over ({ $reason })
dose-line-snoozed = { $time }: utsatt til kl. { $until }
dose-line-missed = { $time }: ikke notert
dose-line-not-logged = { $time }: ikke ennå
dose-line-extra = { $time }: ekstra dose
dose-line-as-needed = { $time }: tatt (ved behov)

cli-dose-undone = Dosen er ikke lenger notert.
cli-dose-taken-planned = Notert som tatt: dosen kl. { $time } { $date }.
cli-dose-taken-extra = Notert som ekstra dose.
cli-no-dose-due-hint = For å notere en ekstra dose: stegvis meds take { $id } --extra
cli-schedule-edited = Tidsplanen er endret.
cli-schedule-ended = Tidsplanen er avsluttet. Historikken er tatt vare på.
cli-schedule-removed = Tidsplanen er fjernet.
cli-history-title = { $days ->
    [one] Siste dag
   *[other] Siste { $days } dager
}
cli-history-empty = Ingen doser disse dagene.
cli-schedule-ends = Siste dag: { $date }

# A dose pinned to a home zone, read while away: "02:00 here, 08:00 Oslo time".
dose-time-away = { $here } her, { $home } i { $city }
