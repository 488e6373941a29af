# iOS-inställningar: var telefonens egen Inställningar-app släpper igenom påminnelser.
shell-ios-settings-notifications-off = Stegvis får inte visa påminnelser på den här telefonen just nu. Du kan tillåta dem i appen Inställningar, under Notiser.
shell-ios-settings-notifications-open = Öppna appen Inställningar
