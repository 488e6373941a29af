# safety: att läsa tillbaka det som går att läsa, och terminalens avtal.

error-damaged-record = Något du har sparat gick inte att läsa. Resten är i säkerhet; bara den här posten är utelämnad.
unreadable-records = { $count ->
    [one] 1 post gick inte att läsa och visas inte.
   *[other] { $count } poster gick inte att läsa och visas inte.
}
unreadable-plan-versions = { $count ->
    [one] Den senaste versionen av din plan gick inte att läsa. Planen visar den senaste versionen som gick att läsa.
   *[other] { $count } versioner av din plan gick inte att läsa. Planen visar den senaste versionen som gick att läsa.
}
unreadable-settings = Inställningarna för påminnelser gick inte att läsa, så standardinställningarna används. Spara dem igen för att behålla dem.

cli-usage-unknown = { $arg } är inget som det här kommandot tar emot. Kör kommandot med --help för att se vad det tar emot.
cli-usage-missing = { $arg } saknas. Kör kommandot med --help för att se vad det behöver.
cli-usage-missing-command = { $arg } behöver ett kommando efter sig. Kör { $arg } --help för att se dem.
cli-usage-invalid = { $arg }: det här värdet passar inte. Kör kommandot med --help för att se vad det tar emot.
cli-usage-negative = { $arg }: använd ett tal som är 0 eller större.
cli-usage-other = Kommandot gick inte att förstå. Kör stegvis --help för att se vad det tar emot.
