# The phone's choice of how often a step is meant, and its week.
shell-repeat-ask = How often?
shell-repeat-once = Once
shell-repeat-daily = Every day
shell-repeat-weekly = Times a week
shell-repeat-weekdays = On chosen days
shell-repeat-how-many = How many times a week?
shell-repeat-which-days = Which days?
shell-repeat-day-mon = Mon
shell-repeat-day-tue = Tue
shell-repeat-day-wed = Wed
shell-repeat-day-thu = Thu
shell-repeat-day-fri = Fri
shell-repeat-day-sat = Sat
shell-repeat-day-sun = Sun
