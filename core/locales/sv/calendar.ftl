# Historikkalendern: en månad med enkla markeringar, och en dag öppnad.

field-history-month = Månad
field-history-date = Dag

## Det som hände, en rad var, när en dag öppnas.

calendar-step-done = Gjort: ”{ $step }” (mål: { $goal })
calendar-repeat-done = Gjort en gång till: ”{ $step }” (mål: { $goal })
calendar-checkin = Incheckad
calendar-checkin-with-note = Incheckad, med en anteckning
calendar-checkin-rating = { $sign }: { $rating }
calendar-dose-taken = { $medicine }, planerad { $slot }: tagen kl. { $time }
calendar-dose-skipped = { $medicine }, planerad { $slot }: hoppades över
calendar-dose-not-noted = { $medicine }, planerad { $slot }: inte antecknad
calendar-dose-to-come = { $medicine }, planerad { $slot }: kommer senare
calendar-dose-extra = { $medicine }: tagen vid behov kl. { $time }
calendar-plan-saved = { $version ->
    [1] Du skrev din plan
   *[other] Du sparade version { $version } av din plan
}
calendar-consent-given = Du började dela med { $name }: { $sections }
calendar-consent-changed = Du ändrade vad { $name } ser: { $sections }
calendar-consent-withdrawn = Du slutade dela med { $name }
calendar-module-started = Du började på modulen ”{ $module }”
calendar-module-done = Du arbetade igenom modulen ”{ $module }”
calendar-scale-rated = Du skattade { $topics } områden i IMR-skalan (totalt { $total })

## Markeringar i månaden, räknade: hur många, aldrig hur få.

calendar-mark-step-done = { $count ->
    [one] 1 steg gjort
   *[other] { $count } steg gjorda
}
calendar-mark-repeat-done = { $count ->
    [one] 1 återkommande steg gjort
   *[other] { $count } återkommande steg gjorda
}
calendar-mark-checkin = Incheckad
calendar-mark-checkin-note = Incheckad, med en anteckning
calendar-mark-dose = { $taken } av { $planned } planerade doser tagna
calendar-mark-dose-when-needed = { $extra ->
    [one] 1 dos tagen vid behov
   *[other] { $extra } doser tagna vid behov
}
calendar-mark-dose-and-when-needed = { $taken } av { $planned } planerade doser tagna, och { $extra } vid behov
calendar-mark-plan-saved = Planen sparad
calendar-mark-consent = Delning ändrad
calendar-mark-module-started = Modul påbörjad
calendar-mark-module-done = Modul genomarbetad
calendar-mark-scale-rated = IMR-skalan ifylld

## Vad varje markering betyder.

calendar-legend-step-done = steg gjorda
calendar-legend-repeat-done = återkommande steg gjorda
calendar-legend-checkin = incheckning (+ med anteckning)
calendar-legend-dose = doser tagna av planerade
calendar-legend-plan-saved = planen sparad
calendar-legend-consent = delning given, ändrad eller stoppad
calendar-legend-module-started = IMR-modul påbörjad
calendar-legend-module-done = IMR-modul genomarbetad
calendar-legend-scale-rated = IMR-skalan ifylld

## En dag som skärmläsaren säger den, och dagar utan något.

calendar-day-marks = { $date }: { $marks }
calendar-day-today = I dag, { $date }
calendar-day-today-marks = I dag, { $date }: { $marks }
calendar-day-ahead = { $date }, kommer senare
calendar-day-empty = Inget antecknades den här dagen.
calendar-month-empty = Inget antecknat i { $month }.

## Kalendern i terminalen.

calendar-cli-legend = Markeringar:
calendar-cli-today = [ ] i dag
calendar-cli-open-day = Se en dag: stegvis history --date { $date }

hint-history-month = Skriv månaden som år-månad, till exempel 2026-11.
hint-history-date = Skriv datumet som år-månad-dag, till exempel 2026-11-18.
