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

## Problem-solving plans read back, and the look-back.

look-back-question = Hur gick det?
look-back-outcome-helped = Det hjälpte
look-back-outcome-partly = Det hjälpte lite
look-back-outcome-not-yet = Inte än
look-back-note = Vill du anteckna något om det? (du kan lämna det tomt)
look-back-try-next = Prova en annan idé från den här planen
look-back-new-plan = Gör en ny plan
look-back-nothing-now = Inte nu
look-back-try-idea = Prova ”{ $idea }”
look-back-what-next = Vad vill du göra härnäst?
look-back-kept = Ditt svar är sparat med planen.
solve-show-problem = Det som var i vägen: { $problem }
solve-show-ideas = Idéer
solve-show-chosen = (vald)
solve-show-pros = Bra: { $text }
solve-show-cons = Svårt: { $text }
solve-show-action = Det första du ska göra: { $action }
solve-show-follow-up = Se tillbaka { $date }
solve-show-looked-back = Tittat tillbaka: { $outcome }
solve-show-looked-back-plain = Tittat tillbaka.
solve-show-continues = Den här planen provar en annan idé från en tidigare plan.
solve-show-note = Anteckning: { $note }
solve-plan-line = Plan: { $idea }
solve-plans-title = Planer för det här steget
