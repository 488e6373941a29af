## Terminalprogrammet.

cli-menu-title = Hvad vil du gerne gøre?
cli-menu-add-goal = Tilføj et mål
cli-menu-add-step = Tilføj et skridt til et mål
cli-menu-check-step = Kryds et skridt af
cli-menu-solve = Lav en plan for et skridt, der står fast
cli-menu-follow-up = Se tilbage på en plan
cli-menu-goals = Se mine mål
cli-menu-quit = Luk
cli-ask-goal-text = Hvad er dit mål? Brug dine egne ord.
cli-ask-goal-why = Hvorfor er det vigtigt for dig? (du kan lade det være tomt)
cli-ask-area = Hvilken del af livet handler det om?
cli-ask-step-text = Hvad er et lille skridt på vejen?
cli-ask-due = Dato for skridtet, hvis du vil have en (YYYY-MM-DD, eller lad feltet være tomt)
cli-ask-pick-goal = Hvilket mål?
cli-ask-pick-step = Hvilket skridt?
cli-ask-pick-follow-up = Hvilken plan?
cli-goal-added = Dit mål er gemt.
cli-goal-edited = Dit mål er opdateret.
cli-step-added = Dit skridt er gemt.
cli-step-edited = Dit skridt er opdateret.
cli-step-moved = Skridtene er i den nye rækkefølge.
cli-step-done = Godt gået. Skridtet er krydset af.
cli-step-undone = Skridtet er åbent igen.
cli-goal-reached = Målet er markeret som nået. Godt gået.
cli-goal-set-aside = Målet er lagt til side. Du kan hente det tilbage når som helst.
cli-goal-resumed = Målet er aktivt igen.
cli-no-goals = Du har ingen mål endnu. Tilføj et, når du er klar.
cli-no-open-steps = Der er ingen åbne skridt.
cli-no-stalled = Ingen skridt står fast lige nu.
cli-no-follow-ups = Der er ikke noget at se tilbage på lige nu.
cli-goals-title = Dine mål
cli-goal-why = Hvorfor det er vigtigt: { $why }
cli-goal-area = Del af livet: { $area }
cli-goal-status = Status: { $status }
cli-goal-stall-days = Et skridt står fast, når det ikke har rykket sig i { $days ->
    [one] { $days } dag
   *[other] { $days } dage
}.
cli-steps-title = Skridt
cli-trend-none = Intet at vise endnu.
cli-demo-ready = Eksempeldata er klar i { $dir }. Prøv: stegvis --data-dir "{ $dir }"
cli-bye = Pas godt på dig selv. Vi ses snart.
cli-error-prefix = Beklager:
cli-needs-terminal = Dette kræver en interaktiv terminal. Brug en underkommando i stedet, for eksempel: stegvis today
cli-bad-now = STEGVIS_NOW skal være et tidspunkt som 2026-11-23T09:00:00Z.
cli-id = id: { $id }
cli-demo-replaced = De gamle eksempeldata blev erstattet.
cli-step-of-goal = { $step } ({ $goal })
cli-signs-title = Dine tidlige advarselstegn
cli-no-signs = Du har ingen advarselstegn på din liste endnu. Vælg fra listen: stegvis signs catalog
cli-sign-added = Advarselstegnet er på din liste.
cli-sign-retired = Advarselstegnet er fjernet fra din liste. Historikken er gemt.
cli-catalog-title = Almindelige tidlige advarselstegn
cli-sign-retired-mark = (ikke længere på din liste)
cli-trend-title = Dine advarselstegn { $weeks ->
    [one] den seneste uge
   *[other] de seneste { $weeks } uger
}
cli-plan-history-title = Versioner af din plan
cli-checkin-already = Du har allerede lavet et tjek for denne dag. Hvis du gemmer igen, bliver det tidligere tjek erstattet.
cli-menu-checkin = Lav dagens tjek
cli-menu-plan = Se min plan
cli-meds-title = Din medicin
cli-no-meds = Du har ikke tilføjet nogen medicin. Tilføj en med: stegvis meds add NAME
cli-med-added = Medicinen er gemt.
cli-med-edited = Medicinen er opdateret.
cli-med-paused = Medicinen er sat på pause. Påmindelserne stopper, indtil du starter den igen.
cli-med-stopped = Medicinen er afsluttet. Historikken er gemt.
cli-med-resumed = Medicinen er aktiv igen.
cli-schedule-added = Tidsplanen er gemt.
cli-note-added = Din note til lægen er gemt.
cli-notes-title = Noter til lægen
cli-no-notes = Ingen noter endnu.
cli-dose-taken = Noteret som taget.
cli-dose-skipped = Noteret som sprunget over.
cli-dose-snoozed = Du får en ny påmindelse kl. { $time }.
cli-adherence-title = { $days ->
    [one] Det seneste døgn
   *[other] De seneste { $days } dage
}
cli-reminders-title = Påmindelser, der skal planlægges
cli-no-reminders = Ingen påmindelser i den kommende uge.
cli-reminder-settings-saved = Indstillingerne for påmindelser er gemt.

cli-share-identity = Dine 12 cifre: { $digits }
cli-share-pair-code = Lad den anden telefon hente denne kode: scan den, eller kopiér den sidste linje. Dine 12 cifre: { $digits }
cli-share-paired = Forbundet med { $name }. Cifre at sammenligne: { $digits }
cli-share-confirmed = Cifrene passer. Nu kan du vælge, hvad du vil dele med { $name }.
cli-share-granted = Gemt. Send din plan til { $name }, så de får den.
cli-share-sent = Din plan til { $name } ligger i { $path }. Send filen til { $name }: kun deres telefon kan åbne den.
cli-share-withdrawn = Du stoppede med at dele med { $name }. Send { $path } til { $name }, så deres kopi bliver fjernet.
cli-share-no-contacts = Du er ikke forbundet med nogen endnu.
cli-share-has-copy = Deler sin plan med dig.
cli-share-consents = Det, du har sagt ja til at dele
cli-share-name-ambiguous = Flere personer har det navn. Brug det id, som listen over personer viser.
cli-supporter-none = Ingen deler en plan med dig nu.
cli-supporter-removed = { $name }s plan er fjernet fra denne telefon.
cli-supporter-watch-for = Hvad du skal holde øje med
cli-supporter-what-to-do = Hvad du kan gøre
cli-supporter-contacts = Hvem du kan kontakte
cli-audit-none = Der er ikke sket noget med deling endnu.
