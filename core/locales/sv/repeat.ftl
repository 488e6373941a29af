## Återkommande steg: regeln, veckans antal och avbockningar.

repeat-daily = Varje dag
repeat-times-a-week = { $times ->
    [one] En gång i veckan
   *[other] { $times } gånger i veckan
}
repeat-on-mon = måndagar
repeat-on-tue = tisdagar
repeat-on-wed = onsdagar
repeat-on-thu = torsdagar
repeat-on-fri = fredagar
repeat-on-sat = lördagar
repeat-on-sun = söndagar
repeat-days-and = { $days } och { $last }
repeat-week-progress = { $done } av { $target } den här veckan
repeat-week-progress-more = { $done } den här veckan ({ $target } planerade)
repeat-goal-steps = { $count ->
    [one] 1 steg som återkommer
   *[other] { $count } steg som återkommer
}
repeat-today-detail = { $rule } · { $week }

field-step-repeat = Hur ofta
field-times-a-week = Gånger i veckan
field-step-time = Tid för påminnelse
field-occurrence-date = Dag gjord
hint-step-repeat = Skriv daily, weekly:3 (gånger i veckan, 1 till 7), weekdays:mon,thu eller none.
hint-step-time = Skriv tiden som timmar:minuter, till exempel 18:30.
hint-times-a-week = Skriv ett tal från 1 till 7, till exempel weekly:3.
reason-duplicate = samma dag är vald två gånger.
error-conflict-step-not-repeating = Det steget görs en gång, inte flera. Bocka av själva steget.

cli-repeat-today = i dag
cli-repeat-done = Bra gjort. Avbockat för { $date }: { $week }.
cli-repeat-undone = Avbockningen för { $date } är borttagen: { $week }.

hint-occurrence-date = Skriv datumet som år-månad-dag, till exempel 2026-11-18.
