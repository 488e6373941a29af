## Felmeddelanden som visas för användaren. Ta aldrig med det personen skrev.

field-goal-text = Mål
field-goal-why = Varför det är viktigt
field-life-area = Del av livet
field-stall-days = Dagar innan ett steg har fastnat
field-step-text = Steg
field-due-date = Datum
field-meeting-date = Datum för träffen
field-imr-module = IMR-modul
field-position = Placering
field-problem = Det som står i vägen
field-option = Idé
field-pros = Det som är bra med den
field-cons = Det som är svårt med den
field-chosen-option = Vald idé
field-first-action = Det första du ska göra
field-follow-up-date = Datum för att se tillbaka
field-id = Id
field-zone = Tidszon
field-language = Språk
field-data-dir = Datamapp

reason-empty = det här får inte vara tomt.
reason-too-long = håll det under { $max } tecken.
reason-malformed = det här har inte rätt form.
reason-out-of-range = välj ett tal från { $min } till { $max }.
reason-unknown = det här känner appen inte till.

error-invalid-input = { $field }: { $reason }
error-not-found-goal = Det målet hittades inte.
error-not-found-step = Det steget hittades inte.
error-not-found-problem-solving = Den planen hittades inte.
error-conflict-goal-not-active = Det här målet är uppnått eller lagt åt sidan. Ta tillbaka det först för att ändra stegen.
error-conflict-goal-already-in-state = Målet är redan så.
error-conflict-step-already-done = Det steget är redan avbockat.
error-conflict-step-not-done = Det steget är inte avbockat.
error-conflict-follow-up-already-done = Den tillbakablicken är redan gjord.
error-incompatible-version = De här uppgifterna sparades av en nyare version av Stegvis. Uppdatera appen. Inget har ändrats.
error-not-a-database = Filen i datamappen är inte en Stegvis-fil. Inget har ändrats.
error-read-only = Stegvis kan inte spara i datamappen. Kontrollera att det går att skriva där.
error-busy = Ett annat program använder dina uppgifter just nu. Försök igen om en stund.
error-key-unavailable = Dina uppgifter kan inte öppnas med den här nyckeln. Inget har ändrats.
error-storage = Något gick fel när det skulle sparas. Inget har ändrats.
reason-in-past = det datumet har redan varit.
reason-in-future = det datumet har inte kommit än.
error-conflict-folder-not-empty = Den mappen har redan data. Exempeldata läggs i en egen mapp.
