# home: see core/src/l10n/render.rs for how files are loaded.
## The interactive home in a terminal.

home-menu-title = What would you like to do?
home-area-today = Today
home-area-goals = Goals and steps
home-area-signs = Signs and check-in
home-area-plan = My plan
home-area-meds = Medicines
home-area-settings = Reminders
home-area-close = Close
home-more = { $count ->
    [one] and 1 more (see Today)
   *[other] and { $count } more (see Today)
}
home-today-pick = What would you like to do something about?
home-yes = Yes
home-no = Not now
home-press-enter = Press Enter to go back.
home-multi-help = Space marks a choice, Enter saves, Esc goes back.
home-nothing-saved = Nothing was saved. You can try again whenever you like.
home-interrupted = Stopped. Nothing you were in the middle of was saved; everything saved before is kept.

home-welcome-title = Welcome to Stegvis
home-welcome-body = This is your own space between meetings. Everything stays on this computer. You can write down what matters to you, notice how you are from day to day, and keep your plan close. There is no hurry, and every question can be skipped.
home-welcome-goal = Would you like to write down a first goal, in your own words?
home-welcome-signs = Would you like to choose a few early warning signs to check each day?
home-welcome-done = That is all for now. You can come back to any of this from the menu.

home-step-what = What would you like to do with this step?
home-step-done = Check it off
home-step-date = Change its date

home-checkin-keys = Press 0, 1, 2 or 3 for each sign. Enter keeps the rating in brackets, Backspace goes back, Esc stops.
home-checkin-no-signs = You have no signs to check yet. Choose some under "Signs and check-in".
home-checkin-leave-question = Leave the check-in? Your answers are not saved yet.
home-checkin-stay = No, go on with the check-in
home-checkin-leave = Yes, leave without saving
home-signs-checkin = Do the check-in
home-signs-history = Read past check-ins
home-signs-catalog = Choose signs from a list
home-signs-own = Write a sign in my own words
home-signs-retire = Take a sign off my list
home-signs-pick = Which signs would you like to check each day?
home-signs-all-chosen = Every sign from the list is already on yours.
home-signs-added = { $count ->
    [one] 1 sign is on your list.
   *[other] { $count } signs are on your list.
}
home-signs-own-text = Describe the sign in your own words
home-signs-own-others = Do others usually notice this before you do?
home-signs-retire-pick = Which sign should come off your list? Its history is kept.
home-history-none = No check-ins in the last four weeks.
home-history-pick = Which day would you like to read?
home-history-note = Your note:

home-plan-read = Read my plan
home-plan-edit = Change a part of my plan
home-plan-history = Read earlier versions
home-plan-pick-version = Which version?
home-plan-pick-section = Which part of the plan?
home-plan-section-count = { $section } ({ $count ->
    [0] empty
    [one] 1 item
   *[other] { $count } items
})
home-plan-what = What would you like to do?
home-plan-add = Add something
home-plan-replace = Change something
home-plan-remove = Remove something
home-plan-move = Change the order
home-plan-pick-item = Which one?
home-plan-pick-move = Which one should move?
home-plan-pick-place = Where should it go?
home-plan-place = { $place ->
    [1] To the top
   *[other] To place { $place }
}
home-plan-pick-sign = Which of your signs?
home-plan-ask-text = Write it in your own words
home-plan-ask-supporter = Who is it for? (a name)
home-plan-ask-supporter-action = What can they do?
home-plan-ask-contact-name = Name of the person or service
home-plan-ask-contact-reach = How to reach them (for example a phone number)
home-plan-ask-contact-kind = Who are they to you?

home-meds-log = Log a dose
home-meds-read = See my medicines
home-meds-add = Add a medicine
home-meds-schedule = Add times for a medicine
home-meds-change = Change or pause a medicine
home-meds-pick = Which medicine?
home-meds-pick-dose = Which dose?
home-meds-none = You have no medicines added yet.
home-meds-nothing-to-log = There is no dose to log today.
home-meds-as-needed = { $name } (when needed): taken now
home-dose-what = What would you like to note?
home-dose-take = I took it
home-dose-skip = I skipped it
home-dose-snooze = Remind me in { $minutes } minutes
home-dose-skip-reason = A reason, if you want to note one (you can leave this empty)
home-meds-ask-name = Name of the medicine
home-meds-ask-dose = Dose, for example 50 mg (you can leave this empty)
home-meds-ask-cue = A cue that helps you remember, for example "by the toothbrush" (you can leave this empty)
home-meds-ask-count = How many do you have now? (you can leave this empty)
home-meds-ask-count-now = How many do you have now? For example 30
home-meds-ask-times-now = Would you like to add the times of day you take it?
home-meds-added-as-needed = The medicine is saved. Without times it counts as "when needed".
home-meds-ask-times = At what times? For example 08:00, 22:00
home-meds-ask-repeat = How often?
home-repeat-daily = Every day
home-repeat-every-days = Every few days
home-repeat-weekdays = On some days of the week
home-meds-ask-every-days = Every how many days? For example 2
home-meds-ask-weekdays = On which days?
home-meds-change-what = What would you like to change?
home-meds-change-name = The name
home-meds-change-dose = The dose
home-meds-change-cue = The cue
home-meds-change-count = How many I have
home-meds-pause = Pause it for now
home-meds-stop = Stop it (its history is kept)
home-meds-resume = Take it again
home-weekday-mon = Monday
home-weekday-tue = Tuesday
home-weekday-wed = Wednesday
home-weekday-thu = Thursday
home-weekday-fri = Friday
home-weekday-sat = Saturday
home-weekday-sun = Sunday

home-settings-time = Set the time of the check-in reminder
home-settings-time-off = Turn the check-in reminder off
home-settings-time-now = Check-in reminder: every day at { $time }
home-settings-time-none = Check-in reminder: off
home-settings-ask-time = At what time would you like a reminder to check in? For example 20:00
home-settings-time-saved = You will be reminded to check in at { $time } every day.
home-settings-show-names = Let reminders name the medicine
home-settings-hide-names = Keep medicine names off reminders

home-closed = Closed. Nothing half-finished was saved; everything you saved is kept. Take care.
home-goals-status = Mark a goal reached, set it aside, or bring it back
home-goals-reopen = Open a checked-off step again
home-goals-none-done = No steps are checked off yet.
home-goal-reach = It is reached
home-goal-set-aside = Set it aside for now
home-goal-resume = Bring it back
home-press-enter-go-on = Press Enter to go on.

## Doses: undo, by medicine, all at the same minute.
home-dose-take-all = Take all { $time } medicines: { $names }
home-dose-took-all = { $count ->
    [one] 1 dose noted as taken.
   *[other] { $count } doses noted as taken.
}
home-dose-skipped-label = { $name } · the { $time } dose was skipped
home-meds-took-by-name = { $name }: I took it now
home-dose-ask-extra = No dose of { $name } is due now. Note an extra dose, outside your usual times?
home-dose-no-extra = Nothing was noted.
home-dose-took-planned = Noted: your { $time } dose of { $name }.
home-dose-extra-taken = Noted as an extra dose.
home-dose-undo = Undo, it was noted by mistake
home-dose-undone = Undone: the dose is no longer noted.

## The plan block in today.
home-plan-open-whole = Open your whole plan?

## Changing and ending a medicine's times.
home-meds-times-change = Change or end the times of a medicine
home-meds-no-times = None of your medicines has set times yet.
home-meds-pick-times = Which times?
home-meds-times-what = What would you like to do with these times?
home-meds-times-new = Change the times of day
home-meds-times-repeat = Change how often
home-meds-times-end = End these times (what you noted is kept)
home-meds-times-end-sure = End these times after today? What you noted so far is kept.

home-area-sharing = Sharing
home-sharing-my-code = Show my code
home-sharing-pair = Pair with a code
home-sharing-confirm = Check the 12 digits
home-sharing-grant = Choose what to share
home-sharing-send = Send my plan
home-sharing-withdraw = Stop sharing
home-sharing-receive = Take in a file
home-sharing-plans = Plans shared with me
home-sharing-list = Who I share with
home-sharing-audit = What happened
home-sharing-ask-code = Paste the code from the other phone:
home-sharing-ask-name = What do you call them?
home-sharing-qr-too-wide = The QR code needs a window at least 150 characters wide. Make the window wider and choose this again, or copy the code on the last line.
home-sharing-pick = Who?
home-sharing-digits-match = Does { $name }'s phone show { $digits }?
home-sharing-not-confirmed = Not confirmed. If the digits differ, pair again with the code on their phone.
home-sharing-nobody = Pair with someone first.
home-sharing-ask-sections = Which parts? Type their numbers, for example 2,4:
home-sharing-ask-until = For how long?
home-sharing-agree = Do you agree?
home-sharing-ask-out = Save the file as:
home-sharing-ask-in = The file's path:
home-sharing-withdraw-sure = Stop sharing with { $name } now?
home-sharing-remove = Remove this plan from this phone
home-sharing-back = Back
