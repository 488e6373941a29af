## Eksport, import på en ny telefon, og å slette alt.

field-passphrase = Passordfrase
field-export-path = Eksportfil eller mappe
reason-too-short = bruk minst { $min } tegn.
hint-passphrase = Velg en passordfrase på minst 8 tegn som du husker, for eksempel fire ord.
hint-export-path = Skriv stien til filen eller mappen, for eksempel ~/stegvis-eksport.

error-import-wrong-passphrase-or-changed = Passordfrasen er feil, eller filen er endret. Ingenting ble gjenopprettet; prøv passordfrasen igjen.
error-import-not-an-export = Denne filen er ikke en eksport fra Stegvis. Ingenting ble gjenopprettet.
error-import-truncated = Denne eksporten er avkuttet: den ble ikke kopiert helt. Kopier den på nytt og prøv igjen. Ingenting ble gjenopprettet.
error-import-newer-version = Denne eksporten ble laget av en nyere versjon av Stegvis. Oppdater appen først. Ingenting ble gjenopprettet.
error-import-older-version = Denne eksporten ble laget av en eldre versjon av Stegvis, som denne versjonen ikke kan gjenopprette ennå. Ingenting ble gjenopprettet.
error-import-too-demanding = Denne filen krever mer minne eller tid enn en telefon bør bruke på den, så den ble ikke åpnet. Ingenting ble gjenopprettet.
error-import-folder-not-empty = Her finnes det allerede data. En eksport gjenopprettes bare der ingenting er lagret ennå, så ingenting blandes eller overskrives.
error-import = Eksporten kunne ikke gjenopprettes. Ingenting ble gjenopprettet.
error-erased = Alt er slettet. Åpne Stegvis på nytt for å begynne fra start.

export-readable-warning = Disse filene er IKKE kryptert. Alle som får tak i dem, kan lese alt du har skrevet. Oppbevar dem trygt og slett dem når du er ferdig.

cli-passphrase-prompt = Passordfrase for eksporten:
cli-passphrase-again = Skriv passordfrasen en gang til:
cli-passphrase-mismatch = De to passordfrasene var ikke like. Ingenting ble skrevet.
cli-passphrase-needs-terminal = Det trengs en passordfrase. Kjør dette i en terminal, eller sett STEGVIS_PASSPHRASE for skript.
cli-passphrase-remember = Ta godt vare på passordfrasen: uten den kan ingen åpne filen, heller ikke du.
cli-export-done = Alt er lagret i { $path }, kryptert med passordfrasen din ({ $records ->
    [one] 1 oppføring
   *[other] { $records } oppføringer
}).
cli-export-unreadable = { $count ->
    [one] 1 oppføring kunne ikke leses og ble utelatt.
   *[other] { $count } oppføringer kunne ikke leses og ble utelatt.
}
cli-readable-done = Lesbare kopier av oppføringene dine ligger i { $dir }.
cli-import-done = Dataene dine er tilbake: { $records ->
    [one] 1 oppføring
   *[other] { $records } oppføringer
} gjenopprettet i { $dir }.
cli-erase-word = slett
cli-erase-explain = Dette fjerner alt Stegvis har lagret i { $dir }: alle mål, tegn, innsjekkinger, planen din, medisiner og nøkkelen. Det kan ikke angres. Lag en eksport først hvis du vil ta vare på noe.
cli-erase-prompt = Skriv «{ $word }» for å slette alt:
cli-erase-cancelled = Ingenting ble slettet.
cli-erase-needs-terminal = For å slette alt må du bekrefte i en terminal, eller bruke --yes i skript. Ingenting ble slettet.
cli-erase-done = Alt er slettet. Ingenting av ditt er igjen i { $dir }.
