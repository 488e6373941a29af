# Modulskærmen.
shell-modules-nav = Moduler
shell-modules-title = IMR-moduler
shell-modules-start = Startet
shell-modules-done = Gennemgået
shell-modules-undo = Alligevel ikke gennemgået
shell-modules-reset = Alligevel ikke startet
shell-modules-date-title = Hvilken dag?
shell-modules-today = I dag
shell-modules-date-hint = En anden dag (år-måned-dag)
shell-modules-save = Gem
shell-modules-cancel = Annuller
shell-modules-assignments = Hjemmeopgaver
