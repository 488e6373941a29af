# stegvis report i terminalen: att skriva PDF-filen, och vad du gör när den inte kan skrivas.
cli-report-written = { $pages ->
    [one] Din rapport finns i { $path } (1 sida). Skriv ut den eller ta med den till nästa IMR-möte.
   *[other] Din rapport finns i { $path } ({ $pages } sidor). Skriv ut den eller ta med den till nästa IMR-möte.
}
cli-report-needs-out = Säg var rapporten ska sparas, till exempel: stegvis report --out rapport.pdf. Till en behandlares system använder du stegvis report --json.
cli-report-file-exists = Det finns redan en fil med det namnet. Välj ett annat namn, eller lägg till --force för att ersätta den.
