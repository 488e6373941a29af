# Modulskjermen.
shell-modules-nav = Moduler
shell-modules-title = IMR-moduler
shell-modules-start = Startet
shell-modules-done = Gjennomgått
shell-modules-undo = Likevel ikke gjennomgått
shell-modules-reset = Likevel ikke startet
shell-modules-date-title = Hvilken dag?
shell-modules-today = I dag
shell-modules-date-hint = En annen dag (år-måned-dag)
shell-modules-save = Lagre
shell-modules-cancel = Avbryt
shell-modules-assignments = Hjemmeoppgaver
