# Ord bare iOS-skallet trenger (det iOS leser før appen starter, står i InfoPlist.xcstrings, skrevet herfra).
shell-ios-camera-purpose = Stegvis bruker kameraet bare til å lese en delingskode fra en annen telefon. Ingenting blir tatt opp eller lagret.
shell-ios-open-failed = Stegvis fikk ikke åpnet dataene dine akkurat nå. Hvis telefonen nettopp ble startet på nytt, lås den opp og åpne Stegvis igjen.
shell-ios-problem-unknown = Noe gikk galt, og ingenting ble endret. Prøv igjen.
shell-ios-share-file-kind = Stegvis-delingsfil
shell-ios-sharing-file-failed = Filen som skulle sendes, kunne ikke lages på denne telefonen, så ingenting ble sendt. Valget ditt er lagret.
