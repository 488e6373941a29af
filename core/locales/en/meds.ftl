## Medications, schedules, doses and reminders.

med-status-active = Taking it
med-status-paused = Paused
med-status-stopped = Stopped
schedule-daily = Every day at { $times }
schedule-every-days = Every { $days } days at { $times }
schedule-weekdays = On { $days } at { $times }
schedule-pinned = , { $zone } time
weekday-mon = Monday
weekday-tue = Tuesday
weekday-wed = Wednesday
weekday-thu = Thursday
weekday-fri = Friday
weekday-sat = Saturday
weekday-sun = Sunday
med-as-needed = When needed
med-count = { $count } on hand
adherence-label = You took { $taken } of { $planned } planned doses.
adherence-none = No planned doses in this period yet.
adherence-overall = All medicines
reminder-title = Stegvis
reminder-checkin = Time for your daily check-in
reminder-follow-up = Time to look back at a plan
