## IMR-modulerne: navne, én enkel linje om hver, hvor personen står, og terminalens ord.

module-recovery-strategies-name = Strategier for recovery
module-recovery-strategies-description = Hvad recovery betyder for dig, og dine egne mål.
module-practical-facts-name = Praktisk viden om psykisk sygdom
module-practical-facts-description = Hvad man ved om sygdommen og behandlingen, sagt enkelt.
module-stress-vulnerability-name = Stress-sårbarhedsmodellen
module-stress-vulnerability-description = Hvordan stress og sårbarhed virker sammen, og hvad der beskytter dig.
module-social-support-name = Opbygge socialt netværk
module-social-support-description = Måder at møde folk på og holde kontakten med dem, der betyder noget.
module-using-medication-name = Brug af medicin på en god måde
module-using-medication-description = Få medicinen til at virke for dig, og tale åbent om den.
module-drug-alcohol-name = Alkohol og stoffer
module-drug-alcohol-description = Hvordan alkohol og stoffer påvirker dig, og valg der hjælper.
module-reducing-relapses-name = Forebyggelse af tilbagefald
module-reducing-relapses-description = Lægge mærke til tidlige varselstegn og lave en plan for dem.
module-coping-with-stress-name = Håndtering af stress
module-coping-with-stress-description = Genkende stress og finde det, der letter.
module-coping-with-problems-name = Håndtering af problemer og vedvarende symptomer
module-coping-with-problems-description = Løse problemer trin for trin, og leve godt med symptomer, der bliver ved.
module-mental-health-system-name = Få dækket dine behov i psykiatrien
module-mental-health-system-description = Finde vej i tilbuddene og bede om det, du har brug for.
module-healthy-lifestyles-name = Sund livsstil
module-healthy-lifestyles-description = Søvn, mad, bevægelse og andre vaner, der hjælper dig med at have det godt.

module-state-not-started = Ikke startet endnu
module-state-started = Startet { $date }
module-state-done = Gennemgået { $date }
module-state-both = Startet { $started }, gennemgået { $done }
modules-count = { $done } af { $total } moduler gennemgået, { $started } i gang
module-assignments =
    { $count ->
        [0] Ingen hjemmeopgaver
        [one] 1 hjemmeopgave
       *[other] { $count } hjemmeopgaver
    }
modules-other-assignments = Andre hjemmeopgaver

error-conflict-module-dates-out-of-order = Et modul kan ikke gennemgås før den dag, det blev startet. Tjek de to dage.

field-module = Modul
field-module-date = Dato for modulet
hint-module = Brug en af nøglerne, som `stegvis modules list` viser, for eksempel recovery-strategies.
hint-module-date = Skriv datoen som år-måned-dag, for eksempel 2026-11-20.

cli-modules-started = Markeret som startet.
cli-modules-done = Markeret som gennemgået. Godt gået.
cli-modules-undone = Ikke længere markeret som gennemgået.
cli-modules-reset = Markeret som ikke startet.
