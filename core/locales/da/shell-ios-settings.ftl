# iOS-indstillinger: hvor telefonens egen Indstillinger-app lukker påmindelser igennem.
shell-ios-settings-notifications-off = Stegvis må ikke vise påmindelser på denne telefon lige nu. Du kan tillade dem i appen Indstillinger, under Notifikationer.
shell-ios-settings-notifications-open = Åbn appen Indstillinger
