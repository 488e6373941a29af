## Problemløsning for et skridt, der står fast.

solve-intro = Lad os lave en plan, én del ad gangen. Du kan stoppe når som helst.
solve-problem = Hvad står i vejen?
solve-options = Hvad kunne du prøve? Skriv én idé ad gangen. Lad feltet være tomt, når du er færdig.
solve-option-pros = Hvad er godt ved »{ $option }«?
solve-option-cons = Hvad er svært ved »{ $option }«?
solve-choose = Hvilken idé vil du prøve først?
solve-first-action = Hvad er det allerførste, du vil gøre?
solve-follow-up = Hvornår vil du se tilbage på, hvordan det gik? (YYYY-MM-DD)
solve-saved = Din plan er gemt. Den dukker op igen den { $date }.
solve-follow-up-done = Godt, at du så tilbage. Opfølgningen er klaret.
solve-follow-up-choice = { $days ->
    [1] I morgen, { $date }
    [7] Om en uge, { $date }
    [14] Om to uger, { $date }
   *[other] Om { $days } dage, { $date }
}
