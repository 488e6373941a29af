## Dagens oversigt.

today-title = I dag, { $date }
today-empty = Der er ikke planlagt noget i dag. Det er også helt i orden.
today-section-due = Planlagt til i dag
today-section-overdue = Venter stadig fra tidligere
today-section-next = Næste skridt
today-section-follow-ups = Tid til at se tilbage
today-section-stalled = Skridt, der måske har brug for en ny plan
today-next-step = Næste skridt for »{ $goal }«
today-stalled-prompt = »{ $step }« har stået stille i { $days ->
    [one] { $days } dag
   *[other] { $days } dage
}. Vil du lave en ny plan for det?
today-follow-up-prompt = Hvordan gik det? Du planlagde: { $action }
today-for-goal = For »{ $goal }«
today-section-checkin = Dagligt tjek
today-section-plan = Tag et kig på din plan
today-checkin-title = Dagens tjek er ikke lavet endnu
today-checkin-detail = Det tager under et minut.
today-prompt-rule = Det passer med en regel i din plan: { $rule }
today-section-doses-missed = Ikke noteret endnu
today-section-doses-due = Medicin i dag
today-section-refill = Tid til at hente mere
today-section-doses-taken = Taget i dag
today-dose-at = Kl. { $time }
today-dose-snoozed = Ny påmindelse kl. { $time }
today-dose-missed = Planlagt { $date } kl. { $time }. Tog du den?
today-dose-taken = Taget kl. { $time }
today-refill = { $days ->
    [0] Slipper op i dag
    [one] Cirka 1 dag tilbage
   *[other] Cirka { $days } dage tilbage
}
today-dose-snooze = Mind mig om det om { $minutes } minutter
