# history: see core/src/l10n/render.rs for how files are loaded.

## Reading check-ins back.

history-title = Innsjekkene dine { $weeks ->
    [one] den siste uka
   *[other] de siste { $weeks } ukene
} ({ $from } til { $to })
history-empty = Ingen innsjekker i denne perioden ennå. De vises her når du har gjort noen.
history-no-checkin = Ingen innsjekk { $date }.
history-sleep = Sov { $hours ->
    [one] { $hours } time
   *[other] { $hours } timer
}
history-summary-level = { $level }: { $signs }
history-summary-calm = Alle varselsignaler på «{ $level }»
history-summary-no-ratings = Ingen varselsignaler vurdert
history-note = Notat: { $note }
history-and = { $first } og { $last }
