# IMR-skalaen: ett tema per skjerm, og historikken.
shell-scale-nav = IMR-skalaen
shell-scale-start = Start
shell-scale-skip = Hopp over denne
shell-scale-back = Tilbake
shell-scale-save = Lagre svarene
shell-scale-saved = Svarene dine er lagret.
shell-scale-history = Svarene mine over tid
shell-scale-every = Hvor ofte
shell-scale-fill-in = Fyll ut nå
shell-today-scale-open = Åpne IMR-skalaen
shell-notify-channel-scale = IMR-skalaen
shell-notify-channel-scale-about = Nå og da, så ofte som du valgte, når det kan være tid for å fylle ut IMR-skalaen.
