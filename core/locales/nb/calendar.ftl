# Historikk-kalenderen: en måned med enkle merker, og en dag åpnet.

field-history-month = Måned
field-history-date = Dag

## Det som skjedde, én linje hver, når en dag åpnes.

calendar-step-done = Gjort: «{ $step }» (mål: { $goal })
calendar-repeat-done = Gjort en gang til: «{ $step }» (mål: { $goal })
calendar-checkin = Sjekket inn
calendar-checkin-with-note = Sjekket inn, med et notat
calendar-checkin-rating = { $sign }: { $rating }
calendar-dose-taken = { $medicine }, planlagt { $slot }: tatt kl. { $time }
calendar-dose-skipped = { $medicine }, planlagt { $slot }: hoppet over
calendar-dose-not-noted = { $medicine }, planlagt { $slot }: ikke notert
calendar-dose-to-come = { $medicine }, planlagt { $slot }: kommer senere
calendar-dose-extra = { $medicine }: tatt ved behov kl. { $time }
calendar-plan-saved = { $version ->
    [1] Du skrev planen din
   *[other] Du lagret versjon { $version } av planen din
}
calendar-consent-given = Du begynte å dele med { $name }: { $sections }
calendar-consent-changed = Du endret hva { $name } ser: { $sections }
calendar-consent-withdrawn = Du sluttet å dele med { $name }
calendar-module-started = Du begynte på modulen «{ $module }»
calendar-module-done = Du jobbet deg gjennom modulen «{ $module }»
calendar-scale-rated = Du vurderte { $topics } temaer i IMR-skalaen (til sammen { $total })

## Merker i måneden, talt: hvor mange, aldri hvor få.

calendar-mark-step-done = { $count ->
    [one] 1 steg gjort
   *[other] { $count } steg gjort
}
calendar-mark-repeat-done = { $count ->
    [one] 1 gjentakende steg gjort
   *[other] { $count } gjentakende steg gjort
}
calendar-mark-checkin = Sjekket inn
calendar-mark-checkin-note = Sjekket inn, med et notat
calendar-mark-dose = { $taken } av { $planned } planlagte doser tatt
calendar-mark-dose-when-needed = { $extra ->
    [one] 1 dose tatt ved behov
   *[other] { $extra } doser tatt ved behov
}
calendar-mark-dose-and-when-needed = { $taken } av { $planned } planlagte doser tatt, og { $extra } ved behov
calendar-mark-plan-saved = Planen lagret
calendar-mark-consent = Deling endret
calendar-mark-module-started = Modul påbegynt
calendar-mark-module-done = Modul gjennomgått
calendar-mark-scale-rated = IMR-skalaen fylt ut

## Hva hvert merke betyr.

calendar-legend-step-done = steg gjort
calendar-legend-repeat-done = gjentakende steg gjort
calendar-legend-checkin = innsjekk (+ med notat)
calendar-legend-dose = doser tatt av planlagte
calendar-legend-plan-saved = planen lagret
calendar-legend-consent = deling gitt, endret eller stoppet
calendar-legend-module-started = IMR-modul påbegynt
calendar-legend-module-done = IMR-modul gjennomgått
calendar-legend-scale-rated = IMR-skalaen fylt ut

## En dag slik skjermleseren sier den, og dager uten noe.

calendar-day-marks = { $date }: { $marks }
calendar-day-today = I dag, { $date }
calendar-day-today-marks = I dag, { $date }: { $marks }
calendar-day-ahead = { $date }, kommer senere
calendar-day-empty = Ingenting ble notert denne dagen.
calendar-month-empty = Ingenting notert i { $month }.

## Kalenderen i terminalen.

calendar-cli-legend = Merker:
calendar-cli-today = [ ] i dag
calendar-cli-open-day = Se en dag: stegvis history --date { $date }

hint-history-month = Skriv måneden som år-måned, for eksempel 2026-11.
hint-history-date = Skriv datoen som år-måned-dag, for eksempel 2026-11-18.
