## Fejlbeskeder, som brugeren ser. Tag aldrig det med, personen skrev.

field-goal-text = Mål
field-goal-why = Hvorfor det er vigtigt
field-life-area = Del af livet
field-stall-days = Dage, før et skridt står fast
field-step-text = Skridt
field-due-date = Dato
field-meeting-date = Dato for mødet
field-imr-module = IMR-modul
field-position = Placering
field-problem = Det, der står i vejen
field-option = Idé
field-pros = Det gode ved den
field-cons = Det svære ved den
field-chosen-option = Valgt idé
field-first-action = Det første, du vil gøre
field-follow-up-date = Dato for at se tilbage
field-id = Id
field-zone = Tidszone
field-language = Sprog
field-data-dir = Datamappe

reason-empty = dette må ikke være tomt.
reason-too-long = hold det under { $max } tegn.
reason-malformed = dette har ikke den rigtige form.
reason-out-of-range = vælg et tal fra { $min } til { $max }.
reason-unknown = dette kender appen ikke.

error-invalid-input = { $field }: { $reason }
error-not-found-goal = Det mål blev ikke fundet.
error-not-found-step = Det skridt blev ikke fundet.
error-not-found-problem-solving = Den plan blev ikke fundet.
error-conflict-goal-not-active = Dette mål er nået eller lagt til side. Hent det tilbage først for at ændre dets skridt.
error-conflict-goal-already-in-state = Målet er allerede sådan.
error-conflict-step-already-done = Det skridt er allerede krydset af.
error-conflict-step-not-done = Det skridt er ikke krydset af.
error-conflict-follow-up-already-done = Det tilbageblik er allerede gjort.
error-incompatible-version = Disse data blev gemt af en nyere version af Stegvis. Opdater appen. Intet blev ændret.
error-not-a-database = Filen i datamappen er ikke en Stegvis-fil. Intet blev ændret.
error-read-only = Stegvis kan ikke gemme i datamappen. Tjek, at der kan skrives i den.
error-busy = Et andet program bruger dine data lige nu. Prøv igen om et øjeblik.
error-key-unavailable = Dine data kan ikke åbnes med denne nøgle. Intet blev ændret.
error-storage = Noget gik galt, mens der blev gemt. Intet blev ændret.
reason-in-past = den dato er allerede gået.
reason-in-future = den dato er ikke kommet endnu.
error-conflict-folder-not-empty = Den mappe indeholder allerede data. Eksempeldata lægges i en mappe for sig.
