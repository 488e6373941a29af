## Medisiner, tidsplaner, doser og påminnelser.

med-status-active = Tar den
med-status-paused = På pause
med-status-stopped = Avsluttet
schedule-daily = Hver dag kl. { $times }
schedule-every-days = Hver { $days }. dag kl. { $times }
schedule-weekdays = Hver { $days } kl. { $times }
schedule-pinned = , etter klokka i { $zone }
weekday-mon = mandag
weekday-tue = tirsdag
weekday-wed = onsdag
weekday-thu = torsdag
weekday-fri = fredag
weekday-sat = lørdag
weekday-sun = søndag
med-as-needed = Ved behov
med-count = { $count } igjen
adherence-label = Du tok { $taken } av { $planned } planlagte doser.
adherence-none = Ingen planlagte doser i denne perioden ennå.
adherence-overall = Alle medisiner
reminder-title = Stegvis
reminder-checkin = Tid for den daglige innsjekken
reminder-follow-up = Tid for å se tilbake på en plan
