# Perioderna som rapportskärmen erbjuder.
report-period-last-months = Senaste { $months } månaderna
report-period-span = { $from } – { $to }
