# Perioderne, som rapportskærmen tilbyder.
report-period-last-months = Seneste { $months } måneder
report-period-span = { $from } – { $to }
