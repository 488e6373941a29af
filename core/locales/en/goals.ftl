## Life areas, goals and steps.

area-work-study = Work or study
area-housing = Housing
area-relationships = Relationships
area-health = Health
area-leisure = Leisure
area-money = Money
area-daily-living = Daily living
area-other = Other

goal-status-active = Active
goal-status-reached = Reached
goal-status-set-aside = Set aside

progress-steps = { $total ->
    [one] { $done } of 1 step done
   *[other] { $done } of { $total } steps done
}
last-activity = Last worked on { $days ->
    [0] today
    [1] yesterday
   *[other] { $days } days ago
}
no-steps-yet = No steps yet. A small first step is enough.

step-due-today = Due today
step-due-on = Due { $date }
step-overdue = { $days ->
    [one] Planned for yesterday
   *[other] Planned for { $days } days ago
}
step-done-on = Done { $date }
step-assignment = Home assignment
step-assignment-meeting = Home assignment from the meeting on { $date }
step-assignment-module = Home assignment: { $module }
step-assignment-both = Home assignment from the meeting on { $date }: { $module }
