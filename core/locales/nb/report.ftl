# PDF-rapporten en deltaker kan ta med til et IMR-møte eller skrive ut.

report-title = Fremgangsrapport
report-intro = Det du har registrert i Stegvis i denne perioden, til å ta med til IMR-møtet hvis du vil.
report-footer = Stegvis · Fremgangsrapport
report-page = Side { $page } av { $pages }
report-goals = Mål og steg
report-goals-counts = Nådd: { $reached } · Aktive: { $active } · Lagt til side: { $aside }
report-goal-line = { $text } ({ $status }): { $progress }
report-goals-chart = Steg gjort per måned
report-goals-steps = Steg
report-goals-repeats = Gjentatte steg
report-goals-none = Ingen mål ennå.
report-signs = Tidlige varselsignaler
report-signs-days = Sjekket inn { $days } av { $total } dager.
report-signs-chart = { $sign }: gjennomsnitt per uke
report-signs-none = Ingen varselsignaler ble vurdert i denne perioden.
report-meds = Legemidler
report-meds-chart = Doser tatt som planlagt, per måned
report-meds-all = Alle legemidler
report-meds-medicine = Legemiddel
report-meds-taken = { $taken } av { $planned }
report-meds-note = Doser som bare tas ved behov, er ikke med.
report-meds-none = Ingen doser var planlagt i denne perioden.
report-percent = { $value } %
report-modules = IMR-moduler
report-modules-counts = Gått gjennom: { $done } · Startet: { $started } · Moduler i alt: { $total }
report-modules-none = Ingenting å vise om modulene ennå.
report-modules-assignments = { $count ->
    [one] Én hjemmeoppgave
   *[other] { $count } hjemmeoppgaver
}
report-scale = IMR-skalaen, egenvurderinger
report-scale-chart = Sum av alle { $topics } temaene ({ $min } til { $max })
report-scale-total = Sum
report-scale-topic = Tema
report-scale-each = Hvert tema vurderes fra 1 til 5.
report-scale-partial = { $count ->
    [one] Én vurdering hoppet over et tema, så summen er ikke med i diagrammet.
   *[other] { $count } vurderinger hoppet over et tema, så summene er ikke med i diagrammet.
}
report-scale-none = Ingen egenvurderinger i denne perioden.
