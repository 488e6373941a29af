# safety: å lese tilbake det som kan leses, og terminalens avtale.

error-damaged-record = Noe du har lagret, kunne ikke leses. Resten er trygt; bare denne ene oppføringen er utelatt.
unreadable-records = { $count ->
    [one] 1 oppføring kunne ikke leses og vises ikke.
   *[other] { $count } oppføringer kunne ikke leses og vises ikke.
}
unreadable-plan-versions = { $count ->
    [one] Den nyeste versjonen av planen din kunne ikke leses. Planen viser den nyeste versjonen som kunne leses.
   *[other] { $count } versjoner av planen din kunne ikke leses. Planen viser den nyeste versjonen som kunne leses.
}
unreadable-settings = Innstillingene for påminnelser kunne ikke leses, så standardinnstillingene brukes. Lagre dem på nytt for å beholde dem.

cli-usage-unknown = { $arg } er ikke noe denne kommandoen tar imot. Kjør kommandoen med --help for å se hva den tar imot.
cli-usage-missing = { $arg } mangler. Kjør kommandoen med --help for å se hva den trenger.
cli-usage-missing-command = { $arg } trenger en kommando etter seg. Kjør { $arg } --help for å se dem.
cli-usage-invalid = { $arg }: denne verdien passer ikke. Kjør kommandoen med --help for å se hva den tar imot.
cli-usage-negative = { $arg }: bruk et tall som er 0 eller større.
cli-usage-other = Kommandoen ble ikke forstått. Kjør stegvis --help for å se hva den tar imot.
