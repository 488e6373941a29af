## Problemlösning för ett steg som har fastnat.

solve-intro = Vi gör en plan, en del i taget. Du kan sluta när du vill.
solve-problem = Vad är det som står i vägen?
solve-options = Vad skulle du kunna prova? Skriv en idé i taget. Lämna tomt när du är klar.
solve-option-pros = Vad är bra med ”{ $option }”?
solve-option-cons = Vad är svårt med ”{ $option }”?
solve-choose = Vilken idé vill du prova först?
solve-first-action = Vad är det allra första du ska göra?
solve-follow-up = När vill du se tillbaka på hur det gick? (YYYY-MM-DD)
solve-saved = Din plan är sparad. Den visas igen { $date }.
solve-follow-up-done = Bra att du såg tillbaka. Uppföljningen är klar.
solve-follow-up-choice = { $days ->
    [1] I morgon, { $date }
    [7] Om en vecka, { $date }
    [14] Om två veckor, { $date }
   *[other] Om { $days } dagar, { $date }
}
