# Telefonens valg af hvor ofte et trin skal gøres, og dets uge.
shell-repeat-ask = Hvor ofte?
shell-repeat-once = Én gang
shell-repeat-daily = Hver dag
shell-repeat-weekly = Gange om ugen
shell-repeat-weekdays = På valgte dage
shell-repeat-how-many = Hvor mange gange om ugen?
shell-repeat-which-days = Hvilke dage?
shell-repeat-day-mon = man.
shell-repeat-day-tue = tir.
shell-repeat-day-wed = ons.
shell-repeat-day-thu = tor.
shell-repeat-day-fri = fre.
shell-repeat-day-sat = lør.
shell-repeat-day-sun = søn.
