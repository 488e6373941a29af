## Eksport, import på en ny telefon og at slette alt.

field-passphrase = Adgangssætning
field-export-path = Eksportfil eller mappe
reason-too-short = brug mindst { $min } tegn.
hint-passphrase = Vælg en adgangssætning på mindst 8 tegn, som du kan huske, for eksempel fire ord.
hint-export-path = Skriv stien til filen eller mappen, for eksempel ~/stegvis-eksport.

error-import-wrong-passphrase-or-changed = Adgangssætningen er forkert, eller filen er blevet ændret. Intet blev gendannet; prøv adgangssætningen igen.
error-import-not-an-export = Denne fil er ikke en eksport fra Stegvis. Intet blev gendannet.
error-import-truncated = Denne eksport er afkortet: den blev ikke kopieret helt. Kopiér den igen, og prøv på ny. Intet blev gendannet.
error-import-newer-version = Denne eksport er lavet af en nyere version af Stegvis. Opdatér appen først. Intet blev gendannet.
error-import-older-version = Denne eksport er lavet af en ældre version af Stegvis, som denne version ikke kan gendanne endnu. Intet blev gendannet.
error-import-too-demanding = Denne fil kræver mere hukommelse eller tid, end en telefon bør bruge på den, så den blev ikke åbnet. Intet blev gendannet.
error-import-folder-not-empty = Her er der allerede data. En eksport gendannes kun, hvor intet er gemt endnu, så intet blandes eller overskrives.
error-import = Eksporten kunne ikke gendannes. Intet blev gendannet.
error-erased = Alt er slettet. Åbn Stegvis igen for at starte forfra.

export-readable-warning = Disse filer er IKKE krypteret. Alle, der får fat i dem, kan læse alt, hvad du har skrevet. Opbevar dem sikkert, og slet dem, når du er færdig.

cli-passphrase-prompt = Adgangssætning til eksporten:
cli-passphrase-again = Skriv adgangssætningen en gang til:
cli-passphrase-mismatch = De to adgangssætninger var ikke ens. Intet blev skrevet.
cli-passphrase-needs-terminal = Der skal bruges en adgangssætning. Kør dette i en terminal, eller sæt STEGVIS_PASSPHRASE til scripts.
cli-passphrase-remember = Pas godt på adgangssætningen: uden den kan ingen åbne filen, heller ikke dig.
cli-export-done = Alt er gemt i { $path }, krypteret med din adgangssætning ({ $records ->
    [one] 1 post
   *[other] { $records } poster
}).
cli-export-unreadable = { $count ->
    [one] 1 post kunne ikke læses og blev udeladt.
   *[other] { $count } poster kunne ikke læses og blev udeladt.
}
cli-readable-done = Læsbare kopier af dine poster ligger i { $dir }.
cli-import-done = Dine data er tilbage: { $records ->
    [one] 1 post
   *[other] { $records } poster
} gendannet i { $dir }.
cli-erase-word = slet
cli-erase-explain = Dette fjerner alt, hvad Stegvis har gemt i { $dir }: alle mål, tegn, tjek-ind, din plan, medicin og nøglen. Det kan ikke fortrydes. Lav en eksport først, hvis du vil beholde noget.
cli-erase-prompt = Skriv »{ $word }« for at slette alt:
cli-erase-cancelled = Intet blev slettet.
cli-erase-needs-terminal = For at slette alt skal du bekræfte i en terminal eller bruge --yes i scripts. Intet blev slettet.
cli-erase-done = Alt er slettet. Intet af dit er tilbage i { $dir }.
