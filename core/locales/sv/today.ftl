## Dagens vy.

today-title = I dag, { $date }
today-empty = Inget är planerat i dag. Det är också helt okej.
today-section-due = Planerat till i dag
today-section-overdue = Väntar fortfarande sedan tidigare
today-section-next = Nästa steg
today-section-follow-ups = Dags att se tillbaka
today-section-stalled = Steg som kanske behöver en ny plan
today-next-step = Nästa steg för ”{ $goal }”
today-stalled-prompt = ”{ $step }” har stått still i { $days ->
    [one] { $days } dag
   *[other] { $days } dagar
}. Vill du göra en ny plan för det?
today-follow-up-prompt = Hur gick det? Du planerade: { $action }
today-for-goal = För ”{ $goal }”
today-section-checkin = Daglig incheckning
today-section-plan = Ta en titt på din plan
today-checkin-title = Din incheckning för i dag är inte gjord än
today-checkin-detail = Det tar mindre än en minut.
today-prompt-rule = Det här stämmer med en regel i din plan: { $rule }
today-section-doses-missed = Inte noterat än
today-section-doses-due = Medicin i dag
today-section-refill = Dags att hämta ut mer
today-section-doses-taken = Taget i dag
today-dose-at = Kl. { $time }
today-dose-snoozed = Ny påminnelse kl. { $time }
today-dose-missed = Planerad { $date } kl. { $time }. Tog du den?
today-dose-taken = Tagen kl. { $time }
today-refill = { $days ->
    [0] Tar slut i dag
    [one] Ungefär 1 dag kvar
   *[other] Ungefär { $days } dagar kvar
}
today-dose-snooze = Påminn mig om { $minutes } minuter
