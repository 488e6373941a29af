# stegvis report i terminalen: å skrive PDF-en, og hva du gjør når den ikke kan skrives.
cli-report-written = { $pages ->
    [one] Rapporten din ligger i { $path } (1 side). Skriv den ut eller ta den med til neste IMR-møte.
   *[other] Rapporten din ligger i { $path } ({ $pages } sider). Skriv den ut eller ta den med til neste IMR-møte.
}
cli-report-needs-out = Si hvor rapporten skal lagres, for eksempel: stegvis report --out rapport.pdf. Til en behandlers system bruker du stegvis report --json.
cli-report-file-exists = Det finnes allerede en fil med det navnet. Velg et annet navn, eller legg til --force for å erstatte den.
