## Gjentakende steg: regelen, ukens antall og avkrysninger.

repeat-daily = Hver dag
repeat-times-a-week = { $times ->
    [one] Én gang i uka
   *[other] { $times } ganger i uka
}
repeat-on-mon = Mandager
repeat-on-tue = Tirsdager
repeat-on-wed = Onsdager
repeat-on-thu = Torsdager
repeat-on-fri = Fredager
repeat-on-sat = Lørdager
repeat-on-sun = Søndager
repeat-days-and = { $days } og { $last }
repeat-week-progress = { $done } av { $target } denne uka
repeat-goal-steps = { $count ->
    [one] 1 steg som gjentas
   *[other] { $count } steg som gjentas
}
repeat-goal-only-repeating = Steg som gjentas, telt uke for uke
repeat-today-detail = { $rule } · { $week }
repeat-once = Én gang

field-step-repeat = Hvor ofte
field-times-a-week = Ganger i uka
field-occurrence-date = Dag gjort
hint-step-repeat = Skriv daily, weekly:3 (ganger i uka, 1 til 7), weekdays:mon,thu eller none.
hint-times-a-week = Skriv et tall fra 1 til 7, for eksempel weekly:3.
reason-duplicate = samme dag er valgt to ganger.
error-conflict-step-not-repeating = Det steget gjøres én gang, ikke flere. Kryss av selve steget.
