# Dagens tjek på én skærm.
shell-checkin-already-done = Du har allerede lavet dit tjek for denne dag. Dine svar står herunder; gemmer du igen, erstattes de.
shell-checkin-no-signs = Du har ingen tegn at tjekke endnu. Når du har valgt nogle, spørger dagens tjek om dem her.
