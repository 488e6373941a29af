## The terminal shell.

cli-menu-title = What would you like to do?
cli-menu-add-goal = Add a goal
cli-menu-add-step = Add a step to a goal
cli-menu-check-step = Check off a step
cli-menu-solve = Make a plan for a stuck step
cli-menu-follow-up = Look back at a plan
cli-menu-goals = See my goals
cli-menu-quit = Close
cli-ask-goal-text = What is your goal? Use your own words.
cli-ask-goal-why = Why does it matter to you? (you can leave this empty)
cli-ask-area = Which part of life is it about?
cli-ask-step-text = What is a small step towards it?
cli-ask-due = Date for it, if you want one (YYYY-MM-DD, or leave empty)
cli-ask-pick-goal = Which goal?
cli-ask-pick-step = Which step?
cli-ask-pick-follow-up = Which plan?
cli-goal-added = Your goal is saved.
cli-goal-edited = Your goal is updated.
cli-step-added = Your step is saved.
cli-step-edited = Your step is updated.
cli-step-moved = The steps are in the new order.
cli-step-done = Well done. The step is checked off.
cli-step-undone = The step is open again.
cli-goal-reached = Goal marked as reached. Well done.
cli-goal-set-aside = Goal set aside. You can bring it back any time.
cli-goal-resumed = The goal is active again.
cli-no-goals = You have no goals yet. Add one when you are ready.
cli-no-open-steps = There are no open steps.
cli-no-stalled = No steps are stuck right now.
cli-no-follow-ups = There is nothing to look back at right now.
cli-goals-title = Your goals
cli-goal-why = Why it matters: { $why }
cli-goal-area = Part of life: { $area }
cli-goal-status = Status: { $status }
cli-goal-stall-days = A step counts as stuck after { $days ->
    [one] { $days } day
   *[other] { $days } days
} without progress.
cli-steps-title = Steps
cli-trend-none = Nothing to show yet.
cli-demo-ready = Example data is ready in { $dir }. Try: stegvis --data-dir "{ $dir }"
cli-bye = Take care. See you soon.
cli-error-prefix = Sorry:
cli-needs-terminal = This needs an interactive terminal. Use a subcommand instead, for example: stegvis today
cli-bad-now = STEGVIS_NOW must be a moment like 2026-11-23T09:00:00Z.
cli-id = id: { $id }
cli-demo-replaced = The old example data was replaced.
cli-step-of-goal = { $step } ({ $goal })
cli-signs-title = Your early warning signs
cli-no-signs = You have no signs on your list yet. Pick from the list: stegvis signs catalog
cli-sign-added = The sign is on your list.
cli-sign-retired = The sign is off your list. Its history is kept.
cli-catalog-title = Common early warning signs
cli-sign-retired-mark = (no longer on your list)
cli-trend-title = Your signs over { $weeks ->
    [one] the last week
   *[other] the last { $weeks } weeks
}
cli-plan-history-title = Versions of your plan
cli-checkin-already = You already checked in for this day. Saving again replaces it.
cli-menu-checkin = Do today's check-in
cli-menu-plan = See my plan
cli-meds-title = Your medicines
cli-no-meds = You have no medicines added. Add one with: stegvis meds add NAME
cli-med-added = The medicine is saved.
cli-med-edited = The medicine is updated.
cli-med-paused = The medicine is paused. Its reminders stop until you resume it.
cli-med-stopped = The medicine is stopped. Its history is kept.
cli-med-resumed = The medicine is active again.
cli-schedule-added = The schedule is saved.
cli-note-added = Your note for the doctor is saved.
cli-notes-title = Notes for the doctor
cli-no-notes = No notes yet.
cli-dose-taken = Noted as taken.
cli-dose-skipped = Noted as skipped.
cli-dose-snoozed = You will be reminded again at { $time }.
cli-adherence-title = { $days ->
    [one] Over the last day
   *[other] Over the last { $days } days
}
cli-reminders-title = Reminders to schedule
cli-no-reminders = No reminders in the coming week.
cli-reminder-settings-saved = Reminder settings are saved.

cli-share-identity = Your 12 digits: { $digits }
cli-share-pair-code = Let the other phone import this code: scan it, or copy the last line. Your 12 digits: { $digits }
cli-share-paired = Paired with { $name }. Digits to compare: { $digits }
cli-share-confirmed = The digits match. You can now choose what to share with { $name }.
cli-share-granted = Saved. Send your plan to { $name } so they get it.
cli-share-sent = Your plan for { $name } is in { $path }. Send this file to { $name }: only their phone can open it.
cli-share-withdrawn = You stopped sharing with { $name }. Send { $path } to { $name } so their copy is removed.
cli-share-no-contacts = You have not paired with anyone yet.
cli-share-has-copy = Shares their plan with you.
cli-share-consents = What you agreed to share
cli-share-name-ambiguous = More than one person has that name. Use the id that the list of people shows.
cli-supporter-none = Nobody shares a plan with you now.
cli-supporter-removed = { $name }'s plan was removed from this phone.
cli-supporter-watch-for = What to watch for
cli-supporter-what-to-do = What to do
cli-supporter-contacts = Who to contact
cli-audit-none = Nothing has happened with sharing yet.
