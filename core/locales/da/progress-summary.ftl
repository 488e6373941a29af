# Opsummering af fremskridt: teksterne kernen lægger i opsummeringen og rapporten.
summary-period = { $from } – { $to }
summary-made = Lavet { $date }
summary-goal-steps = { $steps ->
    [one] 1 skridt gjort i denne periode
   *[other] { $steps } skridt gjort i denne periode
}
summary-goal-steps-repeats = { $steps } skridt og { $repeats ->
    [one] 1 gentaget skridt
   *[other] { $repeats } gentagne skridt
} gjort i denne periode
summary-fhir-sign = { $sign }: ugens gennemsnit
summary-fhir-adherence = Planlagte doser taget: { $medicine }
summary-fhir-all-medicines = alle mediciner
# Terminalens `progress`.
cli-progress-title = Dine fremskridt
cli-progress-goals = Mål: { $active } aktive, { $reached } nået, { $aside } lagt til side
cli-progress-steps = Skridt gjort pr. måned
cli-progress-signs = Tidlige advarselstegn, uge for uge (0 til 3)
cli-progress-checked-in = Tjekket ind { $checked } af { $days } dage
cli-progress-adherence = Planlagte doser taget pr. måned
cli-progress-all-medicines = Alle mediciner
cli-progress-modules = IMR-moduler: { $done } gennemført, { $started } startet
cli-progress-scale = IMR-skalaen, summer
cli-progress-no-signs = Ingen tegn blev vurderet i denne periode.
# Errors: a report's sections.
field-report-sections = Dele af rapporten
hint-report-sections = Vælg blandt goals, signs, medicines, modules og scale, adskilt med komma, for eksempel goals,signs.
