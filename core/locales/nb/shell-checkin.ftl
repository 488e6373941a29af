# Den daglige innsjekken på én skjerm.
shell-checkin-already-done = Du har allerede sjekket inn for denne dagen. Svarene dine står under; lagrer du igjen, erstattes de.
shell-checkin-no-signs = Du har ingen tegn å sjekke ennå. Når du har valgt noen, spør innsjekken om dem her.
