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
history-checkin-needs-rating = Vurder hvert advarselstegn sådan: stegvis checkin --rate SIGN_ID=2 (id'erne står i: stegvis signs list). 0 er slet ikke, 3 er meget.
history-and = { $first } og { $last }

## Problem-solving plans read back, and the look-back.

look-back-question = Hvordan gik det?
look-back-outcome-helped = Det hjalp
look-back-outcome-partly = Det hjalp lidt
look-back-outcome-not-yet = Ikke endnu
look-back-note = Er der noget, du vil notere om det? (du kan lade det stå tomt)
look-back-try-next = Prøv en anden idé fra denne plan
look-back-new-plan = Lav en ny plan
look-back-nothing-now = Ikke nu
look-back-try-idea = Prøv »{ $idea }«
look-back-what-next = Hvad vil du gerne gøre nu?
look-back-kept = Dit svar er gemt sammen med planen.
solve-show-problem = Det, der stod i vejen: { $problem }
solve-show-ideas = Idéer
solve-show-chosen = (valgt)
solve-show-pros = Godt: { $text }
solve-show-cons = Svært: { $text }
solve-show-action = Det første, du vil gøre: { $action }
solve-show-follow-up = Se tilbage { $date }
solve-show-looked-back = Set tilbage: { $outcome }
solve-show-looked-back-plain = Set tilbage.
solve-show-continues = Denne plan prøver en anden idé fra en tidligere plan.
solve-show-note = Note: { $note }
solve-plan-line = Plan: { $idea }
solve-plans-title = Planer for dette trin

## The plan at the moment it is needed, and rules in people's words.

rule-words-signs = { $count ->
    [1] Et
    [2] To
    [3] Tre
   *[other] { $count }
} eller flere af disse advarselstegn på »{ $level }« eller mere, { $days ->
    [1] på én dag
    [2] to dage i træk
   *[other] { $days } dage i træk
}: { $signs }
rule-words-sleep = Under { $hours } timers søvn { $times ->
    [1] mindst én
   *[other] { $times } eller flere
} af de sidste { $days } dage
rule-retired-signs = { $count ->
    [one] Den holder øje med et advarselstegn, der ikke længere er på din liste: { $signs }
   *[other] Den holder øje med advarselstegn, der ikke længere er på din liste: { $signs }
}
plan-block-rose = { $signs } er stærkere end normalt for dig.
plan-block-sleep = Du sov under { $hours } timer { $times } af de sidste { $days } dage.
plan-block-actions-title = Det siger din plan, at du kan gøre
plan-block-no-actions = Din plan har ingen egne tiltag endnu. Skriver du nogle ind på en god dag, bliver dage som denne lettere.
plan-block-contacts-title = Mennesker, du kan kontakte
plan-block-crisis-title = Hvis det bliver svært lige nu
plan-block-crisis-text = Ring 112 ved akut fare. Livslinien: 70 201 201.
plan-block-contact = { $name } ({ $kind }): { $reach }
plan-block-contact-no-reach = { $name } ({ $kind })
