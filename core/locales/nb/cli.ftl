## Terminalprogrammet.

cli-menu-title = Hva vil du gjøre?
cli-menu-add-goal = Legg til et mål
cli-menu-add-step = Legg til et steg i et mål
cli-menu-check-step = Kryss av et steg
cli-menu-solve = Lag en plan for et steg som står fast
cli-menu-follow-up = Se tilbake på en plan
cli-menu-goals = Se målene mine
cli-menu-quit = Lukk
cli-ask-goal-text = Hva er målet ditt? Bruk dine egne ord.
cli-ask-goal-why = Hvorfor er det viktig for deg? (du kan la dette stå tomt)
cli-ask-area = Hvilken del av livet handler det om?
cli-ask-step-text = Hva er et lite steg på veien dit?
cli-ask-due = Dato for steget, hvis du vil ha en (YYYY-MM-DD, eller la stå tomt)
cli-ask-pick-goal = Hvilket mål?
cli-ask-pick-step = Hvilket steg?
cli-ask-pick-follow-up = Hvilken plan?
cli-goal-added = Målet ditt er lagret.
cli-goal-edited = Målet ditt er oppdatert.
cli-step-added = Steget ditt er lagret.
cli-step-edited = Steget ditt er oppdatert.
cli-step-moved = Stegene er i ny rekkefølge.
cli-step-done = Bra jobbet. Steget er krysset av.
cli-step-undone = Steget er åpent igjen.
cli-goal-reached = Målet er merket som nådd. Bra jobbet.
cli-goal-set-aside = Målet er lagt til side. Du kan hente det tilbake når som helst.
cli-goal-resumed = Målet er aktivt igjen.
cli-no-goals = Du har ingen mål ennå. Legg til ett når du er klar.
cli-no-open-steps = Det er ingen åpne steg.
cli-no-stalled = Ingen steg står fast akkurat nå.
cli-no-follow-ups = Det er ingenting å se tilbake på akkurat nå.
cli-goals-title = Målene dine
cli-goal-why = Hvorfor det er viktig: { $why }
cli-goal-area = Del av livet: { $area }
cli-goal-status = Status: { $status }
cli-goal-stall-days = Et steg står fast når det ikke har kommet videre på { $days ->
    [one] { $days } dag
   *[other] { $days } dager
}.
cli-steps-title = Steg
cli-trend-none = Ingenting å vise ennå.
cli-demo-ready = Eksempeldata er klare i { $dir }. Prøv: stegvis --data-dir "{ $dir }"
cli-bye = Ha det fint. Vi ses snart.
cli-error-prefix = Beklager:
cli-needs-terminal = Dette trenger en interaktiv terminal. Bruk en underkommando i stedet, for eksempel: stegvis today
cli-bad-now = STEGVIS_NOW må være et tidspunkt som 2026-11-23T09:00:00Z.
cli-id = id: { $id }
cli-demo-replaced = De gamle eksempeldataene ble erstattet.
cli-step-of-goal = { $step } ({ $goal })
cli-signs-title = Dine tidlige varselsignaler
cli-no-signs = Du har ingen varselsignaler på lista ennå. Velg fra lista: stegvis signs catalog
cli-sign-added = Varselsignalet er på lista di.
cli-sign-retired = Varselsignalet er tatt av lista di. Historikken er tatt vare på.
cli-catalog-title = Vanlige tidlige varselsignaler
cli-sign-retired-mark = (ikke lenger på lista di)
cli-trend-title = Varselsignalene dine { $weeks ->
    [one] den siste uka
   *[other] de siste { $weeks } ukene
}
cli-plan-history-title = Versjoner av planen din
cli-checkin-already = Du har allerede sjekket inn for denne dagen. Hvis du lagrer igjen, erstattes den forrige innsjekken.
cli-menu-checkin = Gjør dagens innsjekk
cli-menu-plan = Se planen min
cli-meds-title = Medisinene dine
cli-no-meds = Du har ikke lagt til noen medisiner. Legg til en med: stegvis meds add NAME
cli-med-added = Medisinen er lagret.
cli-med-edited = Medisinen er oppdatert.
cli-med-paused = Medisinen er satt på pause. Påminnelsene stopper til du starter den igjen.
cli-med-stopped = Medisinen er avsluttet. Historikken er tatt vare på.
cli-med-resumed = Medisinen er aktiv igjen.
cli-schedule-added = Tidsplanen er lagret.
cli-note-added = Notatet ditt til legen er lagret.
cli-notes-title = Notater til legen
cli-no-notes = Ingen notater ennå.
cli-dose-taken = Notert som tatt.
cli-dose-skipped = Notert som hoppet over.
cli-dose-snoozed = Du får en ny påminnelse kl. { $time }.
cli-adherence-title = { $days ->
    [one] Det siste døgnet
   *[other] De siste { $days } dagene
}
cli-reminders-title = Påminnelser som skal planlegges
cli-no-reminders = Ingen påminnelser den neste uka.
cli-reminder-settings-saved = Innstillingene for påminnelser er lagret.

cli-share-identity = Dine 12 sifre: { $digits }
cli-share-pair-code = La den andre telefonen hente inn denne koden: skann den, eller kopier den siste linja. Dine 12 sifre: { $digits }
cli-share-paired = Koblet til { $name }. Sifre å sammenligne: { $digits }
cli-share-confirmed = Sifrene stemmer. Nå kan du velge hva du vil dele med { $name }.
cli-share-granted = Lagret. Send planen din til { $name } så de får den.
cli-share-sent = Planen din til { $name } ligger i { $path }. Send denne filen til { $name }: bare telefonen deres kan åpne den.
cli-share-withdrawn = Du sluttet å dele med { $name }. Send { $path } til { $name } så kopien deres blir fjernet.
cli-share-no-contacts = Du er ikke koblet til noen ennå.
cli-share-has-copy = Deler planen sin med deg.
cli-share-consents = Det du har sagt ja til å dele
cli-share-name-ambiguous = Flere personer har det navnet. Bruk id-en som står i lista over personer.
cli-supporter-none = Ingen deler en plan med deg nå.
cli-supporter-removed = Planen til { $name } er fjernet fra denne telefonen.
cli-supporter-watch-for = Hva du skal se etter
cli-supporter-what-to-do = Hva du kan gjøre
cli-supporter-contacts = Hvem du kan kontakte
cli-audit-none = Ingenting har skjedd med deling ennå.
