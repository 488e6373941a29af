## Livsområden, mål och steg.

area-work-study = Arbete eller studier
area-housing = Boende
area-relationships = Relationer
area-health = Hälsa
area-leisure = Fritid
area-money = Ekonomi
area-daily-living = Vardagsliv
area-other = Annat

goal-status-active = Aktivt
goal-status-reached = Uppnått
goal-status-set-aside = Lagt åt sidan

progress-steps = { $done } av { $total } steg klara
last-activity = Senast jobbat med { $days ->
    [0] i dag
    [1] i går
   *[other] för { $days } dagar sedan
}
no-steps-yet = Inga steg än. Ett litet första steg räcker.

step-due-today = Planerat till i dag
step-due-on = Planerat till { $date }
step-overdue = { $days ->
    [one] Planerat till i går
   *[other] Planerat för { $days } dagar sedan
}
step-done-on = Klart { $date }
step-assignment = Hemuppgift
step-assignment-meeting = Hemuppgift från träffen den { $date }
step-assignment-module = Hemuppgift: { $module }
step-assignment-both = Hemuppgift från träffen den { $date }: { $module }
