# Periodene rapportskjermen tilbyr.
report-period-last-months = Siste { $months } måneder
report-period-span = { $from } – { $to }
