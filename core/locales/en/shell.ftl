# Words the phone shells draw around the core's view records. Every id starts with
# "shell-"; screens add their own file (shell-today.ftl, shell-goals.ftl, ...).
shell-app-name = Stegvis
shell-nav-today = Today
shell-nav-goals = Goals
shell-nav-checkin = Check-in
shell-nav-plan = My plan
shell-nav-meds = Medicines
shell-nav-more = More
shell-back = Back
shell-save = Save
shell-cancel = Cancel
shell-done = Done
shell-close = Close
shell-retry = Try again
shell-nav-trends = Trends
shell-nav-settings = Settings
shell-menu = Menu
