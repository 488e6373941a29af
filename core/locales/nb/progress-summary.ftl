# Oppsummering av fremgang: tekstene kjernen legger i oppsummeringen og rapporten.
summary-period = { $from } – { $to }
summary-made = Laget { $date }
summary-goal-steps = { $steps ->
    [one] 1 steg gjort i denne perioden
   *[other] { $steps } steg gjort i denne perioden
}
summary-goal-steps-repeats = { $steps } steg og { $repeats ->
    [one] 1 gjentatt steg
   *[other] { $repeats } gjentatte steg
} gjort i denne perioden
summary-fhir-sign = { $sign }: gjennomsnitt for uken
summary-fhir-adherence = Planlagte doser tatt: { $medicine }
summary-fhir-all-medicines = alle medisiner
# Terminalens `progress`.
cli-progress-title = Din fremgang
cli-progress-goals = Mål: { $active } aktive, { $reached } nådd, { $aside } lagt til side
cli-progress-steps = Steg gjort per måned
cli-progress-signs = Tidlige varselsignaler, uke for uke (0 til 3)
cli-progress-checked-in = Sjekket inn { $checked } av { $days } dager
cli-progress-adherence = Planlagte doser tatt per måned
cli-progress-all-medicines = Alle medisiner
cli-progress-modules = IMR-moduler: { $done } gjennomført, { $started } startet
cli-progress-scale = IMR-skalaen, summer
cli-progress-no-signs = Ingen signaler ble vurdert i denne perioden.
# Errors: a report's sections.
field-report-sections = Deler av rapporten
hint-report-sections = Velg blant goals, signs, medicines, modules og scale, skilt med komma, for eksempel goals,signs.
