# history: see core/src/l10n/render.rs for how files are loaded.

## Reading check-ins back.

history-title = Your check-ins over { $weeks ->
    [one] the last week
   *[other] the last { $weeks } weeks
} ({ $from } to { $to })
history-empty = No check-ins in this period yet. They will show here when you have done some.
history-no-checkin = No check-in on { $date }.
history-sleep = Slept { $hours ->
    [one] { $hours } hour
   *[other] { $hours } hours
}
history-summary-level = { $level }: { $signs }
history-summary-calm = Every sign at “{ $level }”
history-summary-no-ratings = No signs rated
history-note = Note: { $note }
history-checkin-needs-rating = Rate each sign like this: stegvis checkin --rate SIGN_ID=2 (the ids are in: stegvis signs list). 0 is not at all, 3 is a lot.
history-and = { $first } and { $last }

## Problem-solving plans read back, and the look-back.

look-back-question = How did it go?
look-back-outcome-helped = It helped
look-back-outcome-partly = It helped a bit
look-back-outcome-not-yet = Not yet
look-back-note = Anything you want to note about it? (you can leave this empty)
look-back-try-next = Try another idea from this plan
look-back-new-plan = Make a new plan
look-back-nothing-now = Not now
look-back-try-idea = Try “{ $idea }”
look-back-what-next = What would you like to do next?
look-back-kept = Your answer is kept with the plan.
solve-show-problem = What got in the way: { $problem }
solve-show-ideas = Ideas
solve-show-chosen = (chosen)
solve-show-pros = Good: { $text }
solve-show-cons = Hard: { $text }
solve-show-action = First thing to do: { $action }
solve-show-follow-up = Look back on { $date }
solve-show-looked-back = Looked back: { $outcome }
solve-show-looked-back-plain = Looked back.
solve-show-continues = This plan tries another idea from an earlier plan.
solve-show-note = Note: { $note }
solve-plan-line = Plan: { $idea }
solve-plans-title = Plans for this step

## The plan at the moment it is needed, and rules in people's words.

rule-words-signs = { $count ->
    [1] One
    [2] Two
    [3] Three
   *[other] { $count }
} or more of these signs at “{ $level }” or higher, { $days ->
    [1] on one day
    [2] two days in a row
   *[other] { $days } days in a row
}: { $signs }
rule-words-sleep = Sleeping under { $hours } hours on { $times ->
    [1] at least one
   *[other] { $times } or more
} of the last { $days } days
rule-retired-signs = { $count ->
    [one] It watches a sign that is no longer on your list: { $signs }
   *[other] It watches signs that are no longer on your list: { $signs }
}
plan-block-rose = { $count ->
    [one] { $signs } is higher than usual for you.
   *[other] { $signs } are higher than usual for you.
}
plan-block-sleep = You slept under { $hours } hours on { $times } of the last { $days } days.
plan-block-actions-title = What your plan says you can do
plan-block-no-actions = Your plan has no actions of your own yet. Adding a few on a good day makes days like this easier.
plan-block-contacts-title = People you can contact
plan-block-crisis-title = If it gets hard right now
plan-block-crisis-text = Call the emergency number: 113 in Norway, 112 in Sweden and Denmark.
plan-block-contact = { $name } ({ $kind }): { $reach }
plan-block-contact-no-reach = { $name } ({ $kind })
