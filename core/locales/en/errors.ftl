## Errors shown to people. Never include what the person wrote.

field-goal-text = Goal
field-goal-why = Why it matters
field-life-area = Part of life
field-stall-days = Days before a step counts as stuck
field-step-text = Step
field-due-date = Date
field-meeting-date = Meeting date
field-imr-module = IMR module
field-position = Position
field-problem = What gets in the way
field-option = Idea
field-pros = What is good about it
field-cons = What is hard about it
field-chosen-option = Chosen idea
field-first-action = First thing to do
field-follow-up-date = Date to look back
field-id = Id
field-zone = Time zone
field-language = Language
field-data-dir = Data folder

reason-empty = this cannot be empty.
reason-too-long = please keep it under { $max } characters.
reason-malformed = this is not in the right form.
reason-out-of-range = please choose a number from { $min } to { $max }.
reason-unknown = this is not one the app knows.

error-invalid-input = { $field }: { $reason }
error-not-found-goal = That goal was not found.
error-not-found-step = That step was not found.
error-not-found-problem-solving = That plan was not found.
error-conflict-goal-not-active = This goal is reached or set aside. Bring it back first to change its steps.
error-conflict-goal-already-in-state = The goal is already like that.
error-conflict-step-already-done = That step is already checked off.
error-conflict-step-not-done = That step is not checked off.
error-conflict-follow-up-already-done = That look-back is already done.
error-incompatible-version = This data was saved by a newer version of Stegvis. Please update the app. Nothing was changed.
error-not-a-database = The file in the data folder is not a Stegvis file. Nothing was changed.
error-read-only = Stegvis cannot save in the data folder. Check that it can be written to.
error-busy = Another program is using your data right now. Please try again in a moment.
error-key-unavailable = Your data cannot be opened with this key. Nothing was changed.
error-storage = Something went wrong while saving. Nothing was changed.
reason-in-past = this date has already passed.
reason-in-future = this date has not come yet.
error-conflict-folder-not-empty = That folder already holds data. Example data goes into a folder of its own.
