# The welcome the first time the phone app opens.
shell-firstrun-title = Welcome to Stegvis
shell-firstrun-body = Stegvis is your own space between IMR meetings. You can write down what matters to you, take it one small step at a time, notice how you are from day to day, and keep your plan close.
shell-firstrun-private = Everything stays on this phone. Nothing is sent anywhere.
shell-firstrun-no-hurry = There is no hurry. Every question can be skipped, and you can change anything later.
shell-firstrun-start = Let us begin
shell-firstrun-skip-all = Not now, go to today
shell-firstrun-goal-title = A first goal
shell-firstrun-goal-intro = Would you like to write down a first goal? It can be small.
shell-firstrun-signs-title = Early warning signs
shell-firstrun-signs-intro = Which of these do you tend to notice when things start to get harder? Tick a few. Each day you can rate them in a short check-in.
shell-firstrun-checkin-title = Check-in time
shell-firstrun-checkin-ask = When would you like a reminder to check in?
shell-firstrun-checkin-intro = Write a time of day, for example 20:00. You can change it or turn it off in the settings.
shell-firstrun-save-next = Save and go on
shell-firstrun-not-now = Not now
shell-firstrun-finish = Save and finish
