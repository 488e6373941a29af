## Dagens oversikt.

today-title = I dag, { $date }
today-empty = Ingenting er planlagt i dag. Det er også helt greit.
today-section-due = Planlagt til i dag
today-section-overdue = Venter fortsatt fra før
today-section-next = Neste steg
today-section-follow-ups = Tid for å se tilbake
today-section-stalled = Steg som kanskje trenger en ny plan
today-next-step = Neste steg for «{ $goal }»
today-stalled-prompt = «{ $step }» har stått stille i { $days ->
    [one] { $days } dag
   *[other] { $days } dager
}. Vil du lage en ny plan for det?
today-follow-up-prompt = Hvordan gikk det? Du planla: { $action }
today-for-goal = For «{ $goal }»
today-section-checkin = Daglig innsjekk
today-section-plan = Ta en titt på planen din
today-checkin-title = Innsjekken din for i dag er ikke gjort ennå
today-checkin-detail = Det tar under ett minutt.
today-prompt-rule = Dette passer med en regel i planen din: { $rule }
today-section-doses-missed = Ikke notert ennå
today-section-doses-due = Medisin i dag
today-section-refill = Tid for å hente mer
today-section-doses-taken = Tatt i dag
today-dose-at = Kl. { $time }
today-dose-snoozed = Ny påminnelse kl. { $time }
today-dose-missed = Planlagt { $date } kl. { $time }. Tok du den?
today-dose-taken = Tatt kl. { $time }
today-refill = { $days ->
    [0] Går tom i dag
    [one] Omtrent 1 dag igjen
   *[other] Omtrent { $days } dager igjen
}
today-dose-snooze = Minn meg på det om { $minutes } minutter
