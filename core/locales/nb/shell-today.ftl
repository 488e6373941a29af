# I dag, den første skjermen: knappene under hver linje.
shell-today-checkin-open = Start innsjekken
shell-today-plan-open = Åpne planen min
shell-today-step-done = Kryss av
shell-today-goal-open = Åpne målet
shell-today-solve = Lag en ny plan
shell-today-look-back = Se tilbake
shell-today-dose-take = Jeg tok den
shell-today-dose-skip = Jeg hoppet over den
shell-today-dose-snooze = Minn meg på det senere
shell-today-dose-undo = Angre, det var en feil
shell-today-med-open = Åpne medisinen
shell-today-call = Ring
