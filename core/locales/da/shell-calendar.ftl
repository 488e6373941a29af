# Skærmene til historikkalenderen.

shell-calendar-title = Historik
shell-calendar-previous = Forrige måned
shell-calendar-next = Næste måned
shell-calendar-legend = Hvad markeringerne betyder
shell-calendar-back = Tilbage til måneden
shell-calendar-open = Åbn historikkalenderen
