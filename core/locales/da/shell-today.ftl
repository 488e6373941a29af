# I dag, den første skærm: knapperne under hver linje.
shell-today-checkin-open = Start dagens tjek
shell-today-plan-open = Åbn min plan
shell-today-step-done = Kryds af
shell-today-goal-open = Åbn målet
shell-today-solve = Lav en ny plan
shell-today-look-back = Se tilbage
shell-today-dose-take = Jeg tog den
shell-today-dose-skip = Jeg sprang den over
shell-today-dose-snooze = Mind mig om det senere
shell-today-dose-undo = Fortryd, det var en fejl
shell-today-med-open = Åbn medicinen
shell-today-call = Ring
