# IMR-skalan: ett ämne per skärm, och historiken.
shell-scale-nav = IMR-skalan
shell-scale-start = Börja
shell-scale-skip = Hoppa över den här
shell-scale-back = Tillbaka
shell-scale-save = Spara mina svar
shell-scale-saved = Dina svar är sparade.
shell-scale-history = Mina svar över tid
shell-scale-every = Hur ofta
shell-scale-fill-in = Fyll i nu
shell-today-scale-open = Öppna IMR-skalan
shell-notify-channel-scale = IMR-skalan
shell-notify-channel-scale-about = Då och då, så ofta som du valde, när det kan vara dags att fylla i IMR-skalan.
