# Telefonens valg av hvor ofte et steg skal gjøres, og uka dets.
shell-repeat-ask = Hvor ofte?
shell-repeat-once = Én gang
shell-repeat-daily = Hver dag
shell-repeat-weekly = Ganger i uka
shell-repeat-weekdays = På valgte dager
shell-repeat-how-many = Hvor mange ganger i uka?
shell-repeat-which-days = Hvilke dager?
shell-repeat-day-mon = man.
shell-repeat-day-tue = tir.
shell-repeat-day-wed = ons.
shell-repeat-day-thu = tor.
shell-repeat-day-fri = fre.
shell-repeat-day-sat = lør.
shell-repeat-day-sun = søn.
