## Terminalprogrammet.

cli-menu-title = Vad vill du göra?
cli-menu-add-goal = Lägg till ett mål
cli-menu-add-step = Lägg till ett steg i ett mål
cli-menu-check-step = Bocka av ett steg
cli-menu-solve = Gör en plan för ett steg som har fastnat
cli-menu-follow-up = Se tillbaka på en plan
cli-menu-goals = Se mina mål
cli-menu-quit = Stäng
cli-ask-goal-text = Vad är ditt mål? Använd dina egna ord.
cli-ask-goal-why = Varför är det viktigt för dig? (du kan lämna det här tomt)
cli-ask-area = Vilken del av livet handlar det om?
cli-ask-step-text = Vad är ett litet steg på vägen dit?
cli-ask-due = Datum för steget, om du vill ha ett (YYYY-MM-DD, eller lämna tomt)
cli-ask-pick-goal = Vilket mål?
cli-ask-pick-step = Vilket steg?
cli-ask-pick-follow-up = Vilken plan?
cli-goal-added = Ditt mål är sparat.
cli-goal-edited = Ditt mål är uppdaterat.
cli-step-added = Ditt steg är sparat.
cli-step-edited = Ditt steg är uppdaterat.
cli-step-moved = Stegen ligger i den nya ordningen.
cli-step-done = Bra jobbat. Steget är avbockat.
cli-step-undone = Steget är öppet igen.
cli-goal-reached = Målet är markerat som uppnått. Bra jobbat.
cli-goal-set-aside = Målet är lagt åt sidan. Du kan ta tillbaka det när du vill.
cli-goal-resumed = Målet är aktivt igen.
cli-no-goals = Du har inga mål än. Lägg till ett när du är redo.
cli-no-open-steps = Det finns inga öppna steg.
cli-no-stalled = Inga steg har fastnat just nu.
cli-no-follow-ups = Det finns inget att se tillbaka på just nu.
cli-goals-title = Dina mål
cli-goal-why = Varför det är viktigt: { $why }
cli-goal-area = Del av livet: { $area }
cli-goal-status = Status: { $status }
cli-goal-stall-days = Ett steg räknas som fastnat när det inte har gått framåt på { $days ->
    [one] { $days } dag
   *[other] { $days } dagar
}.
cli-steps-title = Steg
cli-trend-none = Inget att visa än.
cli-demo-ready = Exempeldata finns i { $dir }. Prova: stegvis --data-dir "{ $dir }"
cli-bye = Ta hand om dig. Vi ses snart.
cli-error-prefix = Tyvärr:
cli-needs-terminal = Det här kräver en interaktiv terminal. Använd ett underkommando i stället, till exempel: stegvis today
cli-bad-now = STEGVIS_NOW måste vara en tidpunkt som 2026-11-23T09:00:00Z.
cli-id = id: { $id }
cli-demo-replaced = Den gamla exempeldatan ersattes.
cli-step-of-goal = { $step } ({ $goal })
cli-signs-title = Dina tidiga varningstecken
cli-no-signs = Du har inga varningstecken på din lista än. Välj från listan: stegvis signs catalog
cli-sign-added = Varningstecknet finns nu på din lista.
cli-sign-retired = Varningstecknet är borttaget från din lista. Historiken finns kvar.
cli-catalog-title = Vanliga tidiga varningstecken
cli-sign-retired-mark = (inte längre på din lista)
cli-trend-title = Dina varningstecken { $weeks ->
    [one] den senaste veckan
   *[other] de senaste { $weeks } veckorna
}
cli-plan-history-title = Versioner av din plan
cli-checkin-already = Du har redan checkat in för den här dagen. Om du sparar igen ersätts den förra incheckningen.
cli-menu-checkin = Gör dagens incheckning
cli-menu-plan = Se min plan
cli-meds-title = Dina mediciner
cli-no-meds = Du har inte lagt till några mediciner. Lägg till en med: stegvis meds add NAME
cli-med-added = Medicinen är sparad.
cli-med-edited = Medicinen är uppdaterad.
cli-med-paused = Medicinen är pausad. Påminnelserna gör uppehåll tills du startar den igen.
cli-med-stopped = Medicinen är avslutad. Historiken finns kvar.
cli-med-resumed = Medicinen är aktiv igen.
cli-schedule-added = Schemat är sparat.
cli-note-added = Din anteckning till läkaren är sparad.
cli-notes-title = Anteckningar till läkaren
cli-no-notes = Inga anteckningar än.
cli-dose-taken = Noterat som tagen.
cli-dose-skipped = Noterat som överhoppad.
cli-dose-snoozed = Du får en ny påminnelse kl. { $time }.
cli-adherence-title = { $days ->
    [one] Det senaste dygnet
   *[other] De senaste { $days } dagarna
}
cli-reminders-title = Påminnelser att schemalägga
cli-no-reminders = Inga påminnelser den kommande veckan.
cli-reminder-settings-saved = Inställningarna för påminnelser är sparade.

cli-share-identity = Dina 12 siffror: { $digits }
cli-share-pair-code = Låt den andra telefonen läsa in den här koden: skanna den, eller kopiera sista raden. Dina 12 siffror: { $digits }
cli-share-paired = Ihopkopplad med { $name }. Siffror att jämföra: { $digits }
cli-share-confirmed = Siffrorna stämmer. Nu kan du välja vad du vill dela med { $name }.
cli-share-granted = Sparat. Skicka din plan till { $name } så att hen får den.
cli-share-sent = Din plan till { $name } finns i { $path }. Skicka filen till { $name }: bara deras telefon kan öppna den.
cli-share-withdrawn = Du slutade dela med { $name }. Skicka { $path } till { $name } så att deras kopia tas bort.
cli-share-no-contacts = Du är inte ihopkopplad med någon än.
cli-share-has-copy = Delar sin plan med dig.
cli-share-consents = Det du har gått med på att dela
cli-share-name-ambiguous = Flera personer har det namnet. Använd id:t som listan över personer visar.
cli-supporter-none = Ingen delar en plan med dig nu.
cli-supporter-removed = { $name }s plan har tagits bort från den här telefonen.
cli-supporter-watch-for = Vad du ska hålla utkik efter
cli-supporter-what-to-do = Vad du kan göra
cli-supporter-contacts = Vem du kan kontakta
cli-audit-none = Inget har hänt med delning än.
