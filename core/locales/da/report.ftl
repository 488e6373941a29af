# PDF-rapporten en deltager kan tage med til et IMR-møde eller printe.

report-title = Fremskridtsrapport
report-intro = Det, du har registreret i Stegvis i perioden, som du kan tage med til dit IMR-møde, hvis du vil.
report-footer = Stegvis · Fremskridtsrapport
report-page = Side { $page } af { $pages }
report-goals = Mål og skridt
report-goals-counts = Nået: { $reached } · Aktive: { $active } · Lagt til side: { $aside }
report-goal-line = { $text } ({ $status }): { $progress }
report-goals-chart = Skridt gjort pr. måned
report-goals-steps = Skridt
report-goals-repeats = Gentagne skridt
report-goals-none = Ingen mål endnu.
report-signs = Tidlige advarselstegn
report-signs-days = Tjekkede ind { $days } af { $total } dage.
report-signs-chart = { $sign }: gennemsnit pr. uge
report-signs-none = Ingen advarselstegn blev vurderet i perioden.
report-meds = Medicin
report-meds-chart = Doser taget som planlagt, pr. måned
report-meds-all = Al medicin
report-meds-medicine = Medicin
report-meds-taken = { $taken } af { $planned }
report-meds-note = Doser, der kun tages efter behov, tælles ikke med.
report-meds-none = Ingen doser var planlagt i perioden.
report-percent = { $value } %
report-modules = IMR-moduler
report-modules-counts = Gennemgået: { $done } · Påbegyndt: { $started } · Moduler i alt: { $total }
report-modules-none = Intet at vise om modulerne endnu.
report-modules-assignments = { $count ->
    [one] Én hjemmeopgave
   *[other] { $count } hjemmeopgaver
}
report-scale = IMR-skalaen, selvvurderinger
report-scale-chart = Sum af alle { $topics } emner ({ $min } til { $max })
report-scale-total = Sum
report-scale-topic = Emne
report-scale-each = Hvert emne vurderes fra 1 til 5.
report-scale-partial = { $count ->
    [one] Én vurdering sprang et emne over, så dens sum er ikke med i diagrammet.
   *[other] { $count } vurderinger sprang et emne over, så deres summer er ikke med i diagrammet.
}
report-scale-none = Ingen selvvurderinger i perioden.
