## Feilmeldinger som vises til brukeren. Ta aldri med det personen skrev.

field-goal-text = Mål
field-goal-why = Hvorfor det er viktig
field-life-area = Del av livet
field-stall-days = Dager før et steg står fast
field-step-text = Steg
field-due-date = Dato
field-meeting-date = Dato for møtet
field-imr-module = IMR-modul
field-position = Plassering
field-problem = Det som står i veien
field-option = Idé
field-pros = Det som er bra med den
field-cons = Det som er vanskelig med den
field-chosen-option = Valgt idé
field-first-action = Det første du skal gjøre
field-follow-up-date = Dato for å se tilbake
field-id = Id
field-zone = Tidssone
field-language = Språk
field-data-dir = Datamappe

reason-empty = dette kan ikke være tomt.
reason-too-long = hold det under { $max } tegn.
reason-malformed = dette har ikke riktig form.
reason-out-of-range = velg et tall fra { $min } til { $max }.
reason-unknown = dette kjenner ikke appen til.

error-invalid-input = { $field }: { $reason }
error-not-found-goal = Fant ikke det målet.
error-not-found-step = Fant ikke det steget.
error-not-found-problem-solving = Fant ikke den planen.
error-conflict-goal-not-active = Dette målet er nådd eller lagt til side. Hent det tilbake først for å endre stegene.
error-conflict-goal-already-in-state = Målet er allerede slik.
error-conflict-step-already-done = Det steget er allerede krysset av.
error-conflict-step-not-done = Det steget er ikke krysset av.
error-conflict-follow-up-already-done = Det tilbakeblikket er allerede gjort.
error-incompatible-version = Disse dataene ble lagret av en nyere versjon av Stegvis. Oppdater appen. Ingenting ble endret.
error-not-a-database = Filen i datamappen er ikke en Stegvis-fil. Ingenting ble endret.
error-read-only = Stegvis kan ikke lagre i datamappen. Sjekk at det går an å skrive til den.
error-busy = Et annet program bruker dataene dine akkurat nå. Prøv igjen om litt.
error-key-unavailable = Dataene dine kan ikke åpnes med denne nøkkelen. Ingenting ble endret.
error-storage = Noe gikk galt under lagringen. Ingenting ble endret.
reason-in-past = denne datoen har allerede vært.
reason-in-future = denne datoen har ikke kommet ennå.
error-conflict-folder-not-empty = Den mappen har allerede data. Eksempeldata legges i en egen mappe.
