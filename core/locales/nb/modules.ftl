## IMR-modulene: navn, én enkel linje om hver, hvor personen står, og terminalens ord.

module-recovery-strategies-name = Strategier for bedring
module-recovery-strategies-description = Hva bedring betyr for deg, og dine egne mål.
module-practical-facts-name = Praktiske fakta om psykisk lidelse
module-practical-facts-description = Hva man vet om lidelsen og behandlingen, sagt enkelt.
module-stress-vulnerability-name = Stress-sårbarhetsmodellen
module-stress-vulnerability-description = Hvordan stress og sårbarhet virker sammen, og hva som beskytter deg.
module-social-support-name = Bygge sosial støtte
module-social-support-description = Måter å møte folk på og holde kontakten med dem som betyr noe.
module-using-medication-name = Bruke medisiner på en god måte
module-using-medication-description = Få medisinen til å virke for deg, og snakke åpent om den.
module-drug-alcohol-name = Rusmidler og alkohol
module-drug-alcohol-description = Hvordan alkohol og rusmidler påvirker deg, og valg som hjelper.
module-reducing-relapses-name = Forebygge tilbakefall
module-reducing-relapses-description = Legge merke til tidlige varseltegn og lage en plan for dem.
module-coping-with-stress-name = Mestre stress
module-coping-with-stress-description = Kjenne igjen stress og finne det som letter.
module-coping-with-problems-name = Mestre problemer og vedvarende symptomer
module-coping-with-problems-description = Løse problemer steg for steg, og leve godt med symptomer som blir værende.
module-mental-health-system-name = Få dekket behovene dine i psykisk helsevern
module-mental-health-system-description = Finne fram i tjenestene og be om det du trenger.
module-healthy-lifestyles-name = Sunn livsstil
module-healthy-lifestyles-description = Søvn, mat, bevegelse og andre vaner som hjelper deg å holde deg frisk.

module-state-not-started = Ikke startet ennå
module-state-started = Startet { $date }
module-state-done = Gjennomgått { $date }
module-state-both = Startet { $started }, gjennomgått { $done }
modules-count = { $done } av { $total } moduler gjennomgått, { $started } påbegynt
module-assignments =
    { $count ->
        [0] Ingen hjemmeoppgaver
        [one] 1 hjemmeoppgave
       *[other] { $count } hjemmeoppgaver
    }
modules-other-assignments = Andre hjemmeoppgaver

error-conflict-module-dates-out-of-order = En modul kan ikke gjennomgås før dagen den ble startet. Sjekk de to dagene.

field-module = Modul
field-module-date = Dato for modulen
hint-module = Bruk en av nøklene som `stegvis modules list` viser, for eksempel recovery-strategies.
hint-module-date = Skriv datoen som år-måned-dag, for eksempel 2026-11-20.

cli-modules-started = Merket som startet.
cli-modules-done = Merket som gjennomgått. Bra jobba.
cli-modules-undone = Ikke lenger merket som gjennomgått.
cli-modules-reset = Merket som ikke startet.
