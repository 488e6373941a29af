# iOS settings: where the phone's own Settings app lets reminders through.
shell-ios-settings-notifications-off = Stegvis may not show reminders on this phone just now. You can allow them in the Settings app, under Notifications.
shell-ios-settings-notifications-open = Open the Settings app
