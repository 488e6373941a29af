# Historikkalenderen: en måned med enkle markeringer, og en dag åbnet.

field-history-month = Måned
field-history-date = Dag

## Det, der skete, én linje hver, når en dag åbnes.

calendar-step-done = Gjort: »{ $step }« (mål: { $goal })
calendar-repeat-done = Gjort en gang til: »{ $step }« (mål: { $goal })
calendar-checkin = Tjekket ind
calendar-checkin-with-note = Tjekket ind, med en note
calendar-checkin-rating = { $sign }: { $rating }
calendar-dose-taken = { $medicine }, planlagt { $slot }: taget kl. { $time }
calendar-dose-skipped = { $medicine }, planlagt { $slot }: sprunget over
calendar-dose-not-noted = { $medicine }, planlagt { $slot }: ikke noteret
calendar-dose-to-come = { $medicine }, planlagt { $slot }: kommer senere
calendar-dose-extra = { $medicine }: taget efter behov kl. { $time }
calendar-plan-saved = { $version ->
    [1] Du skrev din plan
   *[other] Du gemte version { $version } af din plan
}
calendar-consent-given = Du begyndte at dele med { $name }: { $sections }
calendar-consent-changed = Du ændrede, hvad { $name } ser: { $sections }
calendar-consent-withdrawn = Du holdt op med at dele med { $name }
calendar-module-started = Du begyndte på modulet »{ $module }«
calendar-module-done = Du arbejdede dig igennem modulet »{ $module }«
calendar-scale-rated = Du vurderede { $topics } emner i IMR-skalaen (i alt { $total })

## Markeringer i måneden, talt: hvor mange, aldrig hvor få.

calendar-mark-step-done = { $count ->
    [one] 1 skridt gjort
   *[other] { $count } skridt gjort
}
calendar-mark-repeat-done = { $count ->
    [one] 1 gentaget skridt gjort
   *[other] { $count } gentagne skridt gjort
}
calendar-mark-checkin = Tjekket ind
calendar-mark-checkin-note = Tjekket ind, med en note
calendar-mark-dose = { $taken } af { $planned } planlagte doser taget
calendar-mark-dose-when-needed = { $extra ->
    [one] 1 dosis taget efter behov
   *[other] { $extra } doser taget efter behov
}
calendar-mark-dose-and-when-needed = { $taken } af { $planned } planlagte doser taget, og { $extra } efter behov
calendar-mark-plan-saved = Planen gemt
calendar-mark-consent = Deling ændret
calendar-mark-module-started = Modul påbegyndt
calendar-mark-module-done = Modul gennemarbejdet
calendar-mark-scale-rated = IMR-skalaen udfyldt

## Hvad hver markering betyder.

calendar-legend-step-done = skridt gjort
calendar-legend-repeat-done = gentagne skridt gjort
calendar-legend-checkin = tjek ind (+ med note)
calendar-legend-dose = doser taget af planlagte
calendar-legend-plan-saved = planen gemt
calendar-legend-consent = deling givet, ændret eller stoppet
calendar-legend-module-started = IMR-modul påbegyndt
calendar-legend-module-done = IMR-modul gennemarbejdet
calendar-legend-scale-rated = IMR-skalaen udfyldt

## En dag, som skærmlæseren siger den, og dage uden noget.

calendar-day-marks = { $date }: { $marks }
calendar-day-today = I dag, { $date }
calendar-day-today-marks = I dag, { $date }: { $marks }
calendar-day-ahead = { $date }, kommer senere
calendar-day-empty = Intet blev noteret denne dag.
calendar-month-empty = Intet noteret i { $month }.

## Kalenderen i terminalen.

calendar-cli-legend = Markeringer:
calendar-cli-today = [ ] i dag
calendar-cli-open-day = Se en dag: stegvis history --date { $date }

hint-history-month = Skriv måneden som år-måned, for eksempel 2026-11.
hint-history-date = Skriv datoen som år-måned-dag, for eksempel 2026-11-18.
