# Today, the first screen: the buttons under each item.
shell-today-checkin-open = Start the check-in
shell-today-plan-open = Open my plan
shell-today-step-done = Check it off
shell-today-goal-open = Open the goal
shell-today-solve = Make a new plan
shell-today-look-back = Look back
shell-today-dose-take = I took it
shell-today-dose-skip = I skipped it
shell-today-dose-snooze = Remind me later
shell-today-dose-undo = Undo, it was a mistake
shell-today-med-open = Open the medicine
shell-today-call = Call
