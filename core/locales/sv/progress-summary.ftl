# Sammanfattning av framsteg: texterna kärnan lägger i sammanfattningen och rapporten.
summary-period = { $from } – { $to }
summary-made = Skapad { $date }
summary-goal-steps = { $steps ->
    [one] 1 steg gjort under perioden
   *[other] { $steps } steg gjorda under perioden
}
summary-goal-steps-repeats = { $steps } steg och { $repeats ->
    [one] 1 återkommande steg
   *[other] { $repeats } återkommande steg
} gjorda under perioden
summary-fhir-sign = { $sign }: veckans medelvärde
summary-fhir-adherence = Planerade doser tagna: { $medicine }
summary-fhir-all-medicines = alla läkemedel
# Terminalens `progress`.
cli-progress-title = Dina framsteg
cli-progress-goals = Mål: { $active } aktiva, { $reached } nådda, { $aside } lagda åt sidan
cli-progress-steps = Steg gjorda per månad
cli-progress-signs = Tidiga varningstecken, vecka för vecka (0 till 3)
cli-progress-checked-in = Incheckad { $checked } av { $days } dagar
cli-progress-adherence = Planerade doser tagna per månad
cli-progress-all-medicines = Alla läkemedel
cli-progress-modules = IMR-moduler: { $done } genomgångna, { $started } påbörjade
cli-progress-scale = IMR-skalan, summor
cli-progress-no-signs = Inga tecken skattades under perioden.
# Errors: a report's sections.
field-report-sections = Delar av rapporten
hint-report-sections = Välj bland goals, signs, medicines, modules och scale, åtskilda med kommatecken, till exempel goals,signs.
