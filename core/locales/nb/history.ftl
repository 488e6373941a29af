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
history-checkin-needs-rating = Vurder hvert varselsignal slik: stegvis checkin --rate SIGN_ID=2 (id-ene står i: stegvis signs list). 0 er ikke i det hele tatt, 3 er mye.
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

## The plan at the moment it is needed, and rules in people's words.

rule-words-signs = { $count ->
    [1] Ett
    [2] To
    [3] Tre
   *[other] { $count }
} eller flere av disse varselsignalene på «{ $level }» eller mer, { $days ->
    [1] én dag
    [2] to dager på rad
   *[other] { $days } dager på rad
}: { $signs }
rule-words-sleep = Under { $hours } timer søvn { $times ->
    [1] minst én
   *[other] { $times } eller flere
} av de siste { $days } dagene
rule-retired-signs = { $count ->
    [one] Den følger med på et varselsignal som ikke lenger er på lista di: { $signs }
   *[other] Den følger med på varselsignaler som ikke lenger er på lista di: { $signs }
}
plan-block-rose = { $signs } er sterkere enn vanlig for deg.
plan-block-sleep = Du sov under { $hours } timer { $times } av de siste { $days } dagene.
plan-block-actions-title = Dette sier planen din at du kan gjøre
plan-block-no-actions = Planen din har ingen egne tiltak ennå. Legger du inn noen på en god dag, blir dager som denne lettere.
plan-block-contacts-title = Folk du kan ta kontakt med
plan-block-crisis-title = Hvis det blir vanskelig nå
plan-block-crisis-text = Ring nødnummeret 113. Legevakt: 116 117.
plan-block-contact = { $name } ({ $kind }): { $reach }
plan-block-contact-no-reach = { $name } ({ $kind })
