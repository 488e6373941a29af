# Skärmarna för historikkalendern.

shell-calendar-title = Historik
shell-calendar-previous = Föregående månad
shell-calendar-next = Nästa månad
shell-calendar-legend = Vad markeringarna betyder
shell-calendar-back = Tillbaka till månaden
shell-calendar-open = Öppna historikkalendern
