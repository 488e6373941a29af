# Progress summary: the texts the core puts into the summary and the report.
summary-period = { $from } – { $to }
summary-made = Made on { $date }
summary-goal-steps = { $steps ->
    [one] 1 step done in this period
   *[other] { $steps } steps done in this period
}
summary-goal-steps-repeats = { $steps ->
    [one] 1 step
   *[other] { $steps } steps
} and { $repeats ->
    [one] 1 repeated step
   *[other] { $repeats } repeated steps
} done in this period
summary-fhir-sign = { $sign }: mean rating of the week
summary-fhir-adherence = Planned doses taken: { $medicine }
summary-fhir-all-medicines = all medicines
# The terminal's `progress`.
cli-progress-title = Your progress
cli-progress-goals = Goals: { $active } active, { $reached } reached, { $aside } set aside
cli-progress-steps = Steps done per month
cli-progress-signs = Early warning signs, week by week (0 to 3)
cli-progress-checked-in = Checked in on { $checked } of { $days } days
cli-progress-adherence = Planned doses taken per month
cli-progress-all-medicines = All medicines
cli-progress-modules = IMR modules: { $done } worked through, { $started } started
cli-progress-scale = IMR Scale totals
cli-progress-no-signs = No signs were rated in this period.
# Errors: a report's sections.
field-report-sections = Parts of the report
hint-report-sections = Choose from goals, signs, medicines, modules and scale, separated by commas, for example goals,signs.
