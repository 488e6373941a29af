## IMR-modulerna: namn, en enkel rad om varje, var personen står och terminalens ord.

module-recovery-strategies-name = Strategier för återhämtning
module-recovery-strategies-description = Vad återhämtning betyder för dig, och dina egna mål.
module-practical-facts-name = Praktiska fakta om psykisk sjukdom
module-practical-facts-description = Vad man vet om sjukdomen och behandlingen, sagt enkelt.
module-stress-vulnerability-name = Stress-sårbarhetsmodellen
module-stress-vulnerability-description = Hur stress och sårbarhet samverkar, och vad som skyddar dig.
module-social-support-name = Bygga socialt stöd
module-social-support-description = Sätt att träffa människor och hålla kontakten med dem som betyder något.
module-using-medication-name = Använda medicin på ett bra sätt
module-using-medication-description = Få medicinen att fungera för dig, och prata öppet om den.
module-drug-alcohol-name = Alkohol och droger
module-drug-alcohol-description = Hur alkohol och droger påverkar dig, och val som hjälper.
module-reducing-relapses-name = Minska återfall
module-reducing-relapses-description = Märka tidiga varningstecken och göra en plan för dem.
module-coping-with-stress-name = Hantera stress
module-coping-with-stress-description = Känna igen stress och hitta det som lättar.
module-coping-with-problems-name = Hantera problem och kvarstående symtom
module-coping-with-problems-description = Lösa problem steg för steg, och leva gott med symtom som finns kvar.
module-mental-health-system-name = Få dina behov tillgodosedda i psykiatrin
module-mental-health-system-description = Hitta rätt i vården och be om det du behöver.
module-healthy-lifestyles-name = Hälsosam livsstil
module-healthy-lifestyles-description = Sömn, mat, rörelse och andra vanor som hjälper dig att må bra.

module-state-not-started = Inte påbörjad än
module-state-started = Påbörjad { $date }
module-state-done = Genomgången { $date }
module-state-both = Påbörjad { $started }, genomgången { $done }
modules-count = { $done } av { $total } moduler genomgångna, { $started } påbörjade
module-assignments =
    { $count ->
        [0] Inga hemuppgifter
        [one] 1 hemuppgift
       *[other] { $count } hemuppgifter
    }
modules-other-assignments = Andra hemuppgifter

error-conflict-module-dates-out-of-order = En modul kan inte bli genomgången före dagen den påbörjades. Kontrollera de två dagarna.

field-module = Modul
field-module-date = Datum för modulen
hint-module = Använd en av nycklarna som `stegvis modules list` visar, till exempel recovery-strategies.
hint-module-date = Skriv datumet som år-månad-dag, till exempel 2026-11-20.

cli-modules-started = Markerad som påbörjad.
cli-modules-done = Markerad som genomgången. Bra jobbat.
cli-modules-undone = Inte längre markerad som genomgången.
cli-modules-reset = Markerad som inte påbörjad.
