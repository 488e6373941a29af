## Problemløsning for et steg som står fast.

solve-intro = La oss lage en plan, én del om gangen. Du kan stoppe når du vil.
solve-problem = Hva står i veien?
solve-options = Hva kan du prøve? Skriv én idé om gangen. La feltet stå tomt når du er ferdig.
solve-option-pros = Hva er bra med «{ $option }»?
solve-option-cons = Hva er vanskelig med «{ $option }»?
solve-choose = Hvilken idé vil du prøve først?
solve-first-action = Hva er det aller første du skal gjøre?
solve-follow-up = Når vil du se tilbake på hvordan det gikk? (YYYY-MM-DD)
solve-saved = Planen din er lagret. Den dukker opp igjen { $date }.
solve-follow-up-done = Fint at du så tilbake. Oppfølgingen er gjort.
solve-follow-up-choice = { $days ->
    [1] I morgen, { $date }
    [7] Om en uke, { $date }
    [14] Om to uker, { $date }
   *[other] Om { $days } dager, { $date }
}
