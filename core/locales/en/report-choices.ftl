# The periods the report screen offers.
report-period-last-months = Last { $months } months
report-period-span = { $from } – { $to }
