# I dag, den första skärmen: knapparna under varje rad.
shell-today-checkin-open = Starta incheckningen
shell-today-plan-open = Öppna min plan
shell-today-step-done = Bocka av
shell-today-goal-open = Öppna målet
shell-today-solve = Gör en ny plan
shell-today-look-back = Se tillbaka
shell-today-dose-take = Jag tog den
shell-today-dose-skip = Jag hoppade över den
shell-today-dose-snooze = Påminn mig senare
shell-today-dose-undo = Ångra, det blev fel
shell-today-med-open = Öppna läkemedlet
shell-today-call = Ring
