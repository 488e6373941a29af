## Medicin, tidsplaner, doser og påmindelser.

med-status-active = Tager den
med-status-paused = På pause
med-status-stopped = Afsluttet
schedule-daily = Hver dag kl. { $times }
schedule-every-days = Hver { $days }. dag kl. { $times }
schedule-weekdays = Hver { $days } kl. { $times }
schedule-pinned = , efter klokken i { $zone }
weekday-mon = mandag
weekday-tue = tirsdag
weekday-wed = onsdag
weekday-thu = torsdag
weekday-fri = fredag
weekday-sat = lørdag
weekday-sun = søndag
med-as-needed = Efter behov
med-count = { $count } tilbage
adherence-label = Du tog { $taken } af { $planned } planlagte doser.
adherence-none = Ingen planlagte doser i denne periode endnu.
adherence-overall = Al medicin
reminder-title = Stegvis
reminder-checkin = Tid til dit daglige tjek
reminder-follow-up = Tid til at se tilbage på en plan
