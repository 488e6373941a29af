# Skjermene for historikk-kalenderen.

shell-calendar-title = Historikk
shell-calendar-previous = Forrige måned
shell-calendar-next = Neste måned
shell-calendar-legend = Hva merkene betyr
shell-calendar-back = Tilbake til måneden
shell-calendar-open = Åpne historikk-kalenderen
