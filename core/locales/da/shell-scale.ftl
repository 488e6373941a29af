# IMR-skalaen: ét emne per skærm, og historikken.
shell-scale-nav = IMR-skalaen
shell-scale-start = Start
shell-scale-skip = Spring over
shell-scale-back = Tilbage
shell-scale-save = Gem mine svar
shell-scale-saved = Dine svar er gemt.
shell-scale-history = Mine svar over tid
shell-scale-every = Hvor tit
shell-scale-fill-in = Udfyld nu
shell-today-scale-open = Åbn IMR-skalaen
shell-notify-channel-scale = IMR-skalaen
shell-notify-channel-scale-about = En gang imellem, så tit som du valgte, når det kan være tid til at udfylde IMR-skalaen.
