# The history calendar's screens: titles, buttons, content descriptions.

shell-calendar-title = History
shell-calendar-previous = Previous month
shell-calendar-next = Next month
shell-calendar-legend = What the marks mean
shell-calendar-back = Back to the month
shell-calendar-open = Open the history calendar
