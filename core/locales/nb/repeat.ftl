## Gjentakende steg: regelen, ukens antall og avkrysninger.

repeat-daily = Hver dag
repeat-times-a-week = { $times ->
    [one] Én gang i uka
   *[other] { $times } ganger i uka
}
repeat-on-mon = mandager
repeat-on-tue = tirsdager
repeat-on-wed = onsdager
repeat-on-thu = torsdager
repeat-on-fri = fredager
repeat-on-sat = lørdager
repeat-on-sun = søndager
repeat-days-and = { $days } og { $last }
repeat-week-progress = { $done } av { $target } denne uka
repeat-week-progress-more = { $done } denne uka ({ $target } planlagt)
repeat-goal-steps = { $count ->
    [one] 1 steg som gjentas
   *[other] { $count } steg som gjentas
}
repeat-today-detail = { $rule } · { $week }

field-step-repeat = Hvor ofte
field-times-a-week = Ganger i uka
field-step-time = Tid for påminnelse
field-occurrence-date = Dag gjort
hint-step-repeat = Skriv daily, weekly:3 (ganger i uka, 1 til 7), weekdays:mon,thu eller none.
hint-step-time = Skriv tiden som timer:minutter, for eksempel 18:30.
hint-times-a-week = Skriv et tall fra 1 til 7, for eksempel weekly:3.
reason-duplicate = samme dag er valgt to ganger.
error-conflict-step-not-repeating = Det steget gjøres én gang, ikke flere. Kryss av selve steget.

cli-repeat-today = i dag
cli-repeat-done = Bra jobba. Krysset av for { $date }: { $week }.
cli-repeat-undone = Avkrysningen for { $date } er tatt tilbake: { $week }.

hint-occurrence-date = Skriv datoen som år-måned-dag, for eksempel 2026-11-18.
