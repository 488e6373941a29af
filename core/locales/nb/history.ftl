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

## Problem-solving plans read back, and the look-back.

look-back-question = Hvordan gikk det?
look-back-outcome-helped = Det hjalp
look-back-outcome-partly = Det hjalp litt
look-back-outcome-not-yet = Ikke ennå
look-back-note = Er det noe du vil notere om det? (du kan la dette stå tomt)
look-back-try-next = Prøv en annen idé fra denne planen
look-back-new-plan = Lag en ny plan
look-back-nothing-now = Ikke nå
look-back-try-idea = Prøv «{ $idea }»
look-back-what-next = Hva vil du gjøre videre?
look-back-kept = Svaret ditt er lagret sammen med planen.
solve-show-problem = Det som sto i veien: { $problem }
solve-show-ideas = Ideer
solve-show-chosen = (valgt)
solve-show-pros = Bra: { $text }
solve-show-cons = Vanskelig: { $text }
solve-show-action = Det første du skal gjøre: { $action }
solve-show-follow-up = Se tilbake { $date }
solve-show-looked-back = Sett tilbake på: { $outcome }
solve-show-looked-back-plain = Sett tilbake på.
solve-show-continues = Denne planen prøver en annen idé fra en tidligere plan.
solve-show-note = Notat: { $note }
solve-plan-line = Plan: { $idea }
solve-plans-title = Planer for dette steget
