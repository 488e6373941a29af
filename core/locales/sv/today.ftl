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
