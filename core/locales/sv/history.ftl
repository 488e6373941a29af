# history: see core/src/l10n/render.rs for how files are loaded.

## Reading check-ins back.

history-title = Dina incheckningar { $weeks ->
    [one] den senaste veckan
   *[other] de senaste { $weeks } veckorna
} ({ $from } till { $to })
history-empty = Inga incheckningar under den här perioden ännu. De visas här när du har gjort några.
history-no-checkin = Ingen incheckning { $date }.
history-sleep = Sov { $hours ->
    [one] { $hours } timme
   *[other] { $hours } timmar
}
history-summary-level = { $level }: { $signs }
history-summary-calm = Alla varningstecken på ”{ $level }”
history-summary-no-ratings = Inga varningstecken bedömda
history-note = Anteckning: { $note }
history-and = { $first } och { $last }
