# Telefonens val av hur ofta ett steg ska göras, och dess vecka.
shell-repeat-ask = Hur ofta?
shell-repeat-once = En gång
shell-repeat-daily = Varje dag
shell-repeat-weekly = Gånger i veckan
shell-repeat-weekdays = Valda dagar
shell-repeat-how-many = Hur många gånger i veckan?
shell-repeat-which-days = Vilka dagar?
shell-repeat-day-mon = mån
shell-repeat-day-tue = tis
shell-repeat-day-wed = ons
shell-repeat-day-thu = tor
shell-repeat-day-fri = fre
shell-repeat-day-sat = lör
shell-repeat-day-sun = sön
