# Words of the phone's notifications: the channels a person can turn on and off in the
# phone's settings, and the buttons on a dose reminder. The reminders' own text comes
# from the core's reminder plan.
shell-notify-channel-doses = Medicine reminders
shell-notify-channel-doses-about = When it is time for a medicine, with buttons to note it as taken or to be reminded again.
shell-notify-channel-checkin = Daily check-in
shell-notify-channel-checkin-about = Once a day, at the time you chose for your check-in.
shell-notify-channel-follow-up = Time to look back
shell-notify-channel-follow-up-about = On the day you planned to look back at how a plan went.
shell-notify-channel-step = Steps due today
shell-notify-channel-step-about = In the morning of the day a step you planned is due.
shell-notify-channel-refill = Time to get more medicine
shell-notify-channel-refill-about = Once a day while a medicine is running low.
shell-notify-taken = Taken
shell-notify-snooze = In 10 minutes
# Shown by the Android app when the data cannot be opened at start (nothing else can be shown then).
shell-notify-cannot-open = Stegvis could not open your data just now. Nothing has been deleted. Try again; if it keeps happening, restart the phone.
