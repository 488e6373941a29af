## The today view.

today-title = Today, { $date }
today-empty = Nothing is planned for today. That is fine too.
today-section-due = Planned for today
today-section-overdue = Still waiting from earlier
today-section-next = Next steps
today-section-follow-ups = Time to look back
today-section-stalled = Steps that may need a new plan
today-next-step = Next step for “{ $goal }”
today-stalled-prompt = “{ $step }” has not moved for { $days ->
    [one] { $days } day
   *[other] { $days } days
}. Would you like to make a new plan for it?
today-follow-up-prompt = How did it go? You planned: { $action }
today-for-goal = For “{ $goal }”
today-section-checkin = Daily check-in
today-section-plan = Take a look at your plan
today-checkin-title = Your check-in for today is not done yet
today-checkin-detail = It takes less than a minute.
today-prompt-rule = This matches a rule in your plan: { $rule }
today-section-doses-missed = Not logged yet
today-section-doses-due = Medicine today
today-section-refill = Time to get more
today-section-doses-taken = Taken today
today-dose-at = At { $time }
today-dose-snoozed = Reminder again at { $time }
today-dose-missed = Planned for { $time } on { $date }. Did you take it?
today-dose-taken = Taken at { $time }
today-refill = { $days ->
    [0] Runs out today
    [one] About 1 day left
   *[other] About { $days } days left
}
today-dose-snooze = Remind me in { $minutes } minutes
