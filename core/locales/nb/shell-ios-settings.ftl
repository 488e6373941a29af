# iOS-innstillinger: hvor telefonens egen Innstillinger-app slipper påminnelser gjennom.
shell-ios-settings-notifications-off = Stegvis får ikke vise påminnelser på denne telefonen nå. Du kan tillate dem i Innstillinger-appen, under Varslinger.
shell-ios-settings-notifications-open = Åpne Innstillinger-appen
