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
history-checkin-needs-rating = Bedöm varje varningstecken så här: stegvis checkin --rate SIGN_ID=2 (id:na finns i: stegvis signs list). 0 är inte alls, 3 är mycket.
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

## The plan at the moment it is needed, and rules in people's words.

rule-words-signs = { $count ->
    [1] Ett
    [2] Två
    [3] Tre
   *[other] { $count }
} eller fler av dessa varningstecken på ”{ $level }” eller mer, { $days ->
    [1] under en dag
    [2] två dagar i rad
   *[other] { $days } dagar i rad
}: { $signs }
rule-words-sleep = Under { $hours } timmars sömn { $times ->
    [1] minst en
   *[other] { $times } eller fler
} av de senaste { $days } dagarna
rule-retired-signs = { $count ->
    [one] Den följer ett varningstecken som inte längre finns på din lista: { $signs }
   *[other] Den följer varningstecken som inte längre finns på din lista: { $signs }
}
plan-block-rose = { $signs } är starkare än vanligt för dig.
plan-block-sleep = Du sov under { $hours } timmar { $times } av de senaste { $days } dagarna.
plan-block-actions-title = Det här säger din plan att du kan göra
plan-block-no-actions = Din plan har inga egna åtgärder än. Lägger du in några en bra dag blir dagar som den här lättare.
plan-block-contacts-title = Personer du kan kontakta
plan-block-crisis-title = Om det blir svårt just nu
plan-block-crisis-text = Ring 112 vid akut fara. Sjukvårdsrådgivning: 1177.
plan-block-contact = { $name } ({ $kind }): { $reach }
plan-block-contact-no-reach = { $name } ({ $kind })
