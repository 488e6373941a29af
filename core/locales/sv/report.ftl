# PDF-rapporten en deltagare kan ta med till ett IMR-möte eller skriva ut.

report-title = Framstegsrapport
report-intro = Det du har registrerat i Stegvis under perioden, att ta med till ditt IMR-möte om du vill.
report-footer = Stegvis · Framstegsrapport
report-page = Sida { $page } av { $pages }
report-goals = Mål och steg
report-goals-counts = Nådda: { $reached } · Aktiva: { $active } · Lagda åt sidan: { $aside }
report-goal-line = { $text } ({ $status }): { $progress }
report-goals-chart = Steg gjorda per månad
report-goals-steps = Steg
report-goals-repeats = Återkommande steg
report-goals-none = Inga mål än.
report-signs = Tidiga varningstecken
report-signs-days = Checkade in { $days } av { $total } dagar.
report-signs-chart = { $sign }: genomsnitt per vecka
report-signs-none = Inga varningstecken skattades under perioden.
report-meds = Läkemedel
report-meds-chart = Doser tagna som planerat, per månad
report-meds-all = Alla läkemedel
report-meds-medicine = Läkemedel
report-meds-taken = { $taken } av { $planned }
report-meds-note = Doser som bara tas vid behov räknas inte med.
report-meds-none = Inga doser var planerade under perioden.
report-percent = { $value } %
report-modules = IMR-moduler
report-modules-counts = Genomgångna: { $done } · Påbörjade: { $started } · Moduler totalt: { $total }
report-modules-none = Inget att visa om modulerna än.
report-modules-assignments = { $count ->
    [one] En hemuppgift
   *[other] { $count } hemuppgifter
}
report-scale = IMR-skalan, självskattningar
report-scale-chart = Summa av alla { $topics } områden ({ $min } till { $max })
report-scale-total = Summa
report-scale-topic = Område
report-scale-each = Varje område skattas från 1 till 5.
report-scale-partial = { $count ->
    [one] En skattning hoppade över ett område, så dess summa finns inte i diagrammet.
   *[other] { $count } skattningar hoppade över ett område, så deras summor finns inte i diagrammet.
}
report-scale-none = Inga självskattningar under perioden.
