## Livsområder, mål og steg.

area-work-study = Arbeid eller studier
area-housing = Bolig
area-relationships = Relasjoner
area-health = Helse
area-leisure = Fritid
area-money = Økonomi
area-daily-living = Hverdagsliv
area-other = Annet

goal-status-active = Aktivt
goal-status-reached = Nådd
goal-status-set-aside = Lagt til side

progress-steps = { $done } av { $total } steg gjort
last-activity = Sist jobbet med { $days ->
    [0] i dag
    [1] i går
   *[other] for { $days } dager siden
}
no-steps-yet = Ingen steg ennå. Et lite første steg er nok.

step-due-today = Planlagt til i dag
step-due-on = Planlagt til { $date }
step-overdue = { $days ->
    [one] Planlagt til i går
   *[other] Planlagt for { $days } dager siden
}
step-done-on = Gjort { $date }
step-assignment = Hjemmeoppgave
step-assignment-meeting = Hjemmeoppgave fra møtet { $date }
step-assignment-module = Hjemmeoppgave: { $module }
step-assignment-both = Hjemmeoppgave fra møtet { $date }: { $module }
