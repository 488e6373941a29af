## Mediciner, scheman, doser och påminnelser.

med-status-active = Tar den
med-status-paused = Pausad
med-status-stopped = Avslutad
schedule-daily = Varje dag kl. { $times }
schedule-every-days = Med { $days } dagars mellanrum kl. { $times }
schedule-weekdays = Varje { $days } kl. { $times }
schedule-pinned = , efter klockan i { $zone }
weekday-mon = måndag
weekday-tue = tisdag
weekday-wed = onsdag
weekday-thu = torsdag
weekday-fri = fredag
weekday-sat = lördag
weekday-sun = söndag
med-as-needed = Vid behov
med-count = { $count } kvar
adherence-label = Du tog { $taken } av { $planned } planerade doser.
adherence-none = Inga planerade doser under den här perioden än.
adherence-overall = Alla mediciner
reminder-title = Stegvis
reminder-checkin = Dags för den dagliga incheckningen
reminder-follow-up = Dags att se tillbaka på en plan
