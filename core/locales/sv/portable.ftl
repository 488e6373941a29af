## Export, import på en ny telefon och att radera allt.

field-passphrase = Lösenfras
field-export-path = Exportfil eller mapp
reason-too-short = använd minst { $min } tecken.
hint-passphrase = Välj en lösenfras på minst 8 tecken som du kommer ihåg, till exempel fyra ord.
hint-export-path = Ange sökvägen till filen eller mappen, till exempel ~/stegvis-export.

error-import-wrong-passphrase-or-changed = Lösenfrasen är fel, eller så har filen ändrats. Inget återställdes; försök med lösenfrasen igen.
error-import-not-an-export = Den här filen är inte en export från Stegvis. Inget återställdes.
error-import-truncated = Den här exporten är avklippt: den kopierades inte helt. Kopiera den igen och försök på nytt. Inget återställdes.
error-import-newer-version = Den här exporten gjordes av en nyare version av Stegvis. Uppdatera appen först. Inget återställdes.
error-import-older-version = Den här exporten gjordes av en äldre version av Stegvis, som den här versionen inte kan återställa än. Inget återställdes.
error-import-too-demanding = Den här filen kräver mer minne eller tid än en telefon bör lägga på den, så den öppnades inte. Inget återställdes.
error-import-folder-not-empty = Här finns redan uppgifter. En export återställs bara där inget är sparat än, så att inget blandas eller skrivs över.
error-import = Exporten kunde inte återställas. Inget återställdes.
error-erased = Allt är raderat. Öppna Stegvis igen för att börja om.

export-readable-warning = De här filerna är INTE krypterade. Alla som får tag på dem kan läsa allt du har skrivit. Förvara dem säkert och radera dem när du är klar.

cli-passphrase-prompt = Lösenfras för exporten:
cli-passphrase-again = Skriv lösenfrasen en gång till:
cli-passphrase-mismatch = De två lösenfraserna var inte likadana. Inget skrevs.
cli-passphrase-needs-terminal = En lösenfras behövs. Kör detta i en terminal, eller sätt STEGVIS_PASSPHRASE för skript.
cli-passphrase-remember = Ta väl hand om lösenfrasen: utan den kan ingen öppna filen, inte ens du.
cli-export-done = Allt är sparat i { $path }, krypterat med din lösenfras ({ $records ->
    [one] 1 post
   *[other] { $records } poster
}).
cli-export-unreadable = { $count ->
    [one] 1 post kunde inte läsas och lämnades utanför.
   *[other] { $count } poster kunde inte läsas och lämnades utanför.
}
cli-readable-done = Läsbara kopior av dina poster finns i { $dir }.
cli-import-done = Dina uppgifter är tillbaka: { $records ->
    [one] 1 post
   *[other] { $records } poster
} återställda i { $dir }.
cli-erase-word = radera
cli-erase-explain = Detta tar bort allt Stegvis har sparat i { $dir }: alla mål, tecken, incheckningar, din plan, mediciner och nyckeln. Det går inte att ångra. Gör en export först om du vill behålla något.
cli-erase-prompt = Skriv ”{ $word }” för att radera allt:
cli-erase-cancelled = Inget raderades.
cli-erase-needs-terminal = För att radera allt måste du bekräfta i en terminal, eller använda --yes i skript. Inget raderades.
cli-erase-done = Allt är raderat. Inget av ditt finns kvar i { $dir }.
