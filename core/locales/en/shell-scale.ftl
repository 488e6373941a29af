# The IMR Scale screens: one topic per screen, and the history.
shell-scale-nav = IMR Scale
shell-scale-start = Start
shell-scale-skip = Skip this one
shell-scale-back = Back
shell-scale-save = Save my answers
shell-scale-saved = Your answers are saved.
shell-scale-history = My answers over time
shell-scale-every = How often
shell-scale-fill-in = Fill it in now
shell-today-scale-open = Open the IMR Scale
shell-notify-channel-scale = IMR Scale
shell-notify-channel-scale-about = Now and then, as often as you chose, when it may be time to fill in the IMR Scale.
