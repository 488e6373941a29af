## Återkommande steg: regeln, veckans antal och avbockningar.

repeat-daily = Varje dag
repeat-times-a-week = { $times ->
    [one] En gång i veckan
   *[other] { $times } gånger i veckan
}
repeat-on-mon = Måndagar
repeat-on-tue = Tisdagar
repeat-on-wed = Onsdagar
repeat-on-thu = Torsdagar
repeat-on-fri = Fredagar
repeat-on-sat = Lördagar
repeat-on-sun = Söndagar
repeat-days-and = { $days } och { $last }
repeat-week-progress = { $done } av { $target } den här veckan
repeat-goal-steps = { $count ->
    [one] 1 steg som återkommer
   *[other] { $count } steg som återkommer
}
repeat-goal-only-repeating = Steg som återkommer, räknade vecka för vecka
repeat-today-detail = { $rule } · { $week }
repeat-once = En gång

field-step-repeat = Hur ofta
field-times-a-week = Gånger i veckan
field-occurrence-date = Dag gjord
hint-step-repeat = Skriv daily, weekly:3 (gånger i veckan, 1 till 7), weekdays:mon,thu eller none.
hint-times-a-week = Skriv ett tal från 1 till 7, till exempel weekly:3.
reason-duplicate = samma dag är vald två gånger.
error-conflict-step-not-repeating = Det steget görs en gång, inte flera. Bocka av själva steget.
