# The PDF report a participant can bring to an IMR meeting or print.

report-title = Progress report
report-intro = What you logged in Stegvis over this period, to bring to your IMR meeting if you want to.
report-footer = Stegvis · Progress report
report-page = Page { $page } of { $pages }
report-goals = Goals and steps
report-goals-counts = Reached: { $reached } · Active: { $active } · Set aside: { $aside }
report-goal-line = { $text } ({ $status }): { $progress }
report-goals-chart = Steps done per month
report-goals-steps = Steps
report-goals-repeats = Repeating steps
report-goals-none = No goals yet.
report-signs = Early warning signs
report-signs-days = Checked in on { $days } of { $total } days.
report-signs-chart = { $sign }: average per week
report-signs-none = No signs were rated in this period.
report-meds = Medicines
report-meds-chart = Doses taken as planned, per month
report-meds-all = All medicines
report-meds-medicine = Medicine
report-meds-taken = { $taken } of { $planned }
report-meds-note = Doses taken only when needed are not counted.
report-meds-none = No doses were planned in this period.
report-percent = { $value }%
report-modules = IMR modules
report-modules-counts = Worked through: { $done } · Started: { $started } · Modules in all: { $total }
report-modules-none = Nothing to show about the modules yet.
report-modules-assignments = { $count ->
    [one] One home assignment
   *[other] { $count } home assignments
}
report-scale = IMR Scale self-ratings
report-scale-chart = Total of all { $topics } topics ({ $min } to { $max })
report-scale-total = Total
report-scale-topic = Topic
report-scale-each = Each topic is rated from 1 to 5.
report-scale-partial = { $count ->
    [one] One rating left out a topic, so its total is not in the chart.
   *[other] { $count } ratings left out a topic, so their totals are not in the chart.
}
report-scale-none = No self-ratings in this period.
