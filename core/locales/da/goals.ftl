## Livsområder, mål og skridt.

area-work-study = Arbejde eller uddannelse
area-housing = Bolig
area-relationships = Relationer
area-health = Helbred
area-leisure = Fritid
area-money = Økonomi
area-daily-living = Hverdagsliv
area-other = Andet

goal-status-active = Aktivt
goal-status-reached = Nået
goal-status-set-aside = Lagt til side

progress-steps = { $done } af { $total } skridt klaret
last-activity = Sidst arbejdet med { $days ->
    [0] i dag
    [1] i går
   *[other] for { $days } dage siden
}
no-steps-yet = Ingen skridt endnu. Et lille første skridt er nok.

step-due-today = Planlagt til i dag
step-due-on = Planlagt til { $date }
step-overdue = { $days ->
    [one] Planlagt til i går
   *[other] Planlagt for { $days } dage siden
}
step-done-on = Klaret { $date }
step-assignment = Hjemmeopgave
step-assignment-meeting = Hjemmeopgave fra mødet den { $date }
step-assignment-module = Hjemmeopgave: { $module }
step-assignment-both = Hjemmeopgave fra mødet den { $date }: { $module }
