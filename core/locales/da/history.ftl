# history: see core/src/l10n/render.rs for how files are loaded.

## Reading check-ins back.

history-title = Dine tjek { $weeks ->
    [one] den seneste uge
   *[other] de seneste { $weeks } uger
} ({ $from } til { $to })
history-empty = Ingen tjek i denne periode endnu. De vises her, når du har lavet nogle.
history-no-checkin = Intet tjek { $date }.
history-sleep = Sov { $hours ->
    [one] { $hours } time
   *[other] { $hours } timer
}
history-summary-level = { $level }: { $signs }
history-summary-calm = Alle advarselstegn på »{ $level }«
history-summary-no-ratings = Ingen advarselstegn vurderet
history-note = Note: { $note }
history-and = { $first } og { $last }
