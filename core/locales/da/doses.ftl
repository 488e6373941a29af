# doses: see core/src/l10n/render.rs for how files are loaded.
## Logging doses safely, changing schedules, the dose history.

reason-dose-too-early = du kan notere denne dosis fra kl. { $time } { $date }.
error-conflict-dose-already-taken = Denne dosis er allerede noteret som taget, { $date } kl. { $time }. Fortryd den først, hvis du vil ændre den.
error-conflict-dose-already-skipped = Denne dosis er allerede noteret som sprunget over, { $date } kl. { $time }. Fortryd den først, hvis du vil ændre den.
error-conflict-dose-already-snoozed = Denne dosis er allerede noteret, { $date } kl. { $time }. Fortryd den først, hvis du vil ændre den.
error-conflict-dose-already-logged = Denne dosis er allerede noteret. Fortryd den først, hvis du vil ændre den.
error-conflict-dose-not-logged = Denne dosis er ikke noteret, så der er intet at fortryde.
error-conflict-no-dose-due = Ingen planlagt dosis af denne medicin er aktuel nu. Hvis du tog en ekstra dosis, så notér den som ekstra.
error-conflict-schedule-already-exists = Denne medicin har allerede en tidsplan med de samme tider og dage.
error-conflict-schedule-has-logged-doses = Der er noteret doser i denne tidsplan. Afslut den i stedet, så bliver de gemt.
error-conflict-doses-logged-after-end = Der er noteret doser efter den dag. Vælg en sidste dag samme dag som eller efter den senest noterede dosis.
field-amounts = Mængde ved hvert tidspunkt

dose-time-amount = { $time } ({ $amount })
dose-line-taken = { $time }: taget kl. { $taken }
dose-line-skipped = { $time }: sprunget over
dose-line-skipped-reason = { $time }: sprunget over ({ $reason })
dose-line-snoozed = { $time }: udsat til kl. { $until }
dose-line-missed = { $time }: ikke noteret
dose-line-not-logged = { $time }: ikke endnu
dose-line-extra = { $time }: ekstra dosis
dose-line-as-needed = { $time }: taget (efter behov)

cli-dose-undone = Dosen er ikke længere noteret.
cli-dose-taken-planned = Noteret som taget: dosen kl. { $time } { $date }.
cli-dose-taken-extra = Noteret som ekstra dosis.
cli-no-dose-due-hint = For at notere en ekstra dosis: stegvis meds take { $id } --extra
cli-schedule-edited = Tidsplanen er ændret.
cli-schedule-ended = Tidsplanen er afsluttet. Historikken er gemt.
cli-schedule-removed = Tidsplanen er fjernet.
cli-history-title = { $days ->
    [one] Seneste dag
   *[other] Seneste { $days } dage
}
cli-history-empty = Ingen doser på disse dage.
cli-schedule-ends = Sidste dag: { $date }

# A dose pinned to a home zone, read while away: "02:00 here, 08:00 Oslo time".
dose-time-away = { $here } her, { $home } i { $city }
