## Gentagne trin: reglen, ugens antal og afkrydsninger.

repeat-daily = Hver dag
repeat-times-a-week = { $times ->
    [one] Én gang om ugen
   *[other] { $times } gange om ugen
}
repeat-on-mon = mandage
repeat-on-tue = tirsdage
repeat-on-wed = onsdage
repeat-on-thu = torsdage
repeat-on-fri = fredage
repeat-on-sat = lørdage
repeat-on-sun = søndage
repeat-days-and = { $days } og { $last }
repeat-week-progress = { $done } af { $target } denne uge
repeat-week-progress-more = { $done } denne uge ({ $target } planlagt)
repeat-goal-steps = { $count ->
    [one] 1 trin, der gentages
   *[other] { $count } trin, der gentages
}
repeat-today-detail = { $rule } · { $week }

field-step-repeat = Hvor ofte
field-times-a-week = Gange om ugen
field-step-time = Tidspunkt for påmindelse
field-occurrence-date = Dag udført
hint-step-repeat = Skriv daily, weekly:3 (gange om ugen, 1 til 7), weekdays:mon,thu eller none.
hint-step-time = Skriv tidspunktet som timer:minutter, for eksempel 18:30.
hint-times-a-week = Skriv et tal fra 1 til 7, for eksempel weekly:3.
reason-duplicate = den samme dag er valgt to gange.
error-conflict-step-not-repeating = Det trin gøres én gang, ikke flere. Sæt flueben ved selve trinnet.

cli-repeat-today = i dag
cli-repeat-done = Godt gået. Krydset af for { $date }: { $week }.
cli-repeat-undone = Afkrydsningen for { $date } er taget tilbage: { $week }.

hint-occurrence-date = Skriv datoen som år-måned-dag, for eksempel 2026-11-18.
