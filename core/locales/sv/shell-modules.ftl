# Modulskärmen.
shell-modules-nav = Moduler
shell-modules-title = IMR-moduler
shell-modules-start = Påbörjad
shell-modules-done = Genomgången
shell-modules-undo = Inte genomgången ändå
shell-modules-reset = Inte påbörjad ändå
shell-modules-date-title = Vilken dag?
shell-modules-today = I dag
shell-modules-date-hint = En annan dag (år-månad-dag)
shell-modules-save = Spara
shell-modules-cancel = Avbryt
shell-modules-assignments = Hemuppgifter
