# stegvis report i terminalen: at skrive PDF-filen, og hvad du gør, når den ikke kan skrives.
cli-report-written = { $pages ->
    [one] Din rapport ligger i { $path } (1 side). Udskriv den, eller tag den med til dit næste IMR-møde.
   *[other] Din rapport ligger i { $path } ({ $pages } sider). Udskriv den, eller tag den med til dit næste IMR-møde.
}
cli-report-needs-out = Sig, hvor rapporten skal gemmes, for eksempel: stegvis report --out rapport.pdf. Til en behandlers system bruger du stegvis report --json.
cli-report-file-exists = Der findes allerede en fil med det navn. Vælg et andet navn, eller tilføj --force for at erstatte den.
