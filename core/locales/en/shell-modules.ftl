# The modules screen.
shell-modules-nav = Modules
shell-modules-title = IMR modules
shell-modules-start = Started
shell-modules-done = Worked through
shell-modules-undo = Not worked through after all
shell-modules-reset = Not started after all
shell-modules-date-title = Which day?
shell-modules-today = Today
shell-modules-date-hint = Another day (year-month-day)
shell-modules-save = Save
shell-modules-cancel = Cancel
shell-modules-assignments = Home assignments
