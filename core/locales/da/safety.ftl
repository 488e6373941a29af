# safety: at læse det tilbage, der kan læses, og terminalens aftale.

error-damaged-record = Noget, du har gemt, kunne ikke læses. Resten er i sikkerhed; kun denne ene post er udeladt.
unreadable-records = { $count ->
    [one] 1 post kunne ikke læses og vises ikke.
   *[other] { $count } poster kunne ikke læses og vises ikke.
}
unreadable-plan-versions = { $count ->
    [one] Den nyeste version af din plan kunne ikke læses. Planen viser den nyeste version, der kunne læses.
   *[other] { $count } versioner af din plan kunne ikke læses. Planen viser den nyeste version, der kunne læses.
}
unreadable-settings = Indstillingerne for påmindelser kunne ikke læses, så standardindstillingerne bruges. Gem dem igen for at beholde dem.

cli-usage-unknown = { $arg } er ikke noget, denne kommando tager imod. Kør kommandoen med --help for at se, hvad den tager imod.
cli-usage-missing = { $arg } mangler. Kør kommandoen med --help for at se, hvad den skal bruge.
cli-usage-missing-command = { $arg } skal have en kommando efter sig. Kør { $arg } --help for at se dem.
cli-usage-invalid = { $arg }: denne værdi passer ikke. Kør kommandoen med --help for at se, hvad den tager imod.
cli-usage-negative = { $arg }: brug et tal, der er 0 eller større.
cli-usage-other = Kommandoen blev ikke forstået. Kør stegvis --help for at se, hvad den tager imod.
