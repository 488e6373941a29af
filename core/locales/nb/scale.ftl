## IMR-skalaen med egne, enkle ord: hvert temas spørsmål og et svar for hvert nivå,
## der 5 alltid er det som peker mest mot bedring; og ordene rundt.

scale-knowledge-name = Kunnskap om lidelsen
scale-knowledge-question = Hvor mye synes du at du vet om lidelsen din og hvordan den kan behandles?
scale-knowledge-1 = Jeg vet veldig lite om den ennå.
scale-knowledge-2 = Jeg vet litt, men mye er uklart for meg.
scale-knowledge-3 = Jeg vet noe om det viktigste.
scale-knowledge-4 = Jeg vet ganske mye og kan bruke det i hverdagen.
scale-knowledge-5 = Jeg vet mye og kunne forklart det til andre.

scale-family-friends-name = Familie og venner
scale-family-friends-question = Hvor mye er familie eller venner med i behandlingen og bedringen din?
scale-family-friends-1 = Ingen som står meg nær, er med nå.
scale-family-friends-2 = Noen vet litt, men vi snakker sjelden om det.
scale-family-friends-3 = Noen som står meg nær, er med av og til.
scale-family-friends-4 = Noen som står meg nær, er ofte med.
scale-family-friends-5 = De som står meg nær, er med så mye som jeg ønsker.

scale-social-contact-name = Tid med andre
scale-social-contact-question = Hvor ofte er du sammen med folk utenfor familien?
scale-social-contact-1 = Nesten aldri for tiden.
scale-social-contact-2 = Omtrent én gang i måneden.
scale-social-contact-3 = Noen ganger i måneden.
scale-social-contact-4 = Omtrent én gang i uka.
scale-social-contact-5 = Flere ganger i uka eller mer.

scale-structured-roles-name = Arbeid, studier og andre roller
scale-structured-roles-question = Hvor mye av tiden din går til arbeid, studier, frivillig arbeid, omsorg for noen eller å drive et hjem?
scale-structured-roles-1 = Nesten ingenting nå.
scale-structured-roles-2 = Litt, av og til.
scale-structured-roles-3 = Noe, de fleste uker.
scale-structured-roles-4 = En god del av de fleste uker.
scale-structured-roles-5 = Så mye som føles riktig for meg.

scale-symptom-distress-name = Hvordan symptomene kjennes
scale-symptom-distress-question = Hvor mye har symptomene plaget deg i det siste?
scale-symptom-distress-1 = De plager meg svært mye.
scale-symptom-distress-2 = De plager meg ganske mye.
scale-symptom-distress-3 = De plager meg en del av tiden.
scale-symptom-distress-4 = De plager meg litt.
scale-symptom-distress-5 = De plager meg nesten ikke.

scale-impairment-name = Symptomer og hverdagen
scale-impairment-question = Hvor mye står symptomene i veien for det du vil gjøre hver dag?
scale-impairment-1 = De står i veien for nesten alt.
scale-impairment-2 = De står i veien for mye.
scale-impairment-3 = De står i veien for noe.
scale-impairment-4 = De står litt i veien.
scale-impairment-5 = De står nesten ikke i veien.

scale-relapse-planning-name = En plan for tunge tider
scale-relapse-planning-question = Har du en plan for hva du gjør hvis tidlige varseltegn dukker opp?
scale-relapse-planning-1 = Jeg har ingen plan ennå.
scale-relapse-planning-2 = Jeg har noen tanker, men ingen plan.
scale-relapse-planning-3 = Jeg har en plan i hodet.
scale-relapse-planning-4 = Jeg har en plan, og noen jeg stoler på, kjenner den.
scale-relapse-planning-5 = Jeg har en skriftlig plan, og de jeg stoler på, vet hva de skal gjøre.

scale-relapses-name = Når det ble verre
scale-relapses-question = Når ble symptomene sist mye verre (et tilbakefall)?
scale-relapses-1 = Den siste måneden.
scale-relapses-2 = De siste tre månedene.
scale-relapses-3 = De siste seks månedene.
scale-relapses-4 = Det siste året.
scale-relapses-5 = For mer enn et år siden, eller aldri.

scale-hospitalizations-name = Tid på sykehus
scale-hospitalizations-question = Når ble du sist lagt inn på sykehus for den psykiske helsen din?
scale-hospitalizations-1 = Den siste måneden.
scale-hospitalizations-2 = De siste tre månedene.
scale-hospitalizations-3 = De siste seks månedene.
scale-hospitalizations-4 = Det siste året.
scale-hospitalizations-5 = For mer enn et år siden, eller aldri.

scale-coping-name = Mestring
scale-coping-question = Hvor godt synes du at du mestrer symptomene og stress?
scale-coping-1 = Jeg synes ikke jeg mestrer det godt nå.
scale-coping-2 = Jeg mestrer det litt.
scale-coping-3 = Jeg mestrer det ganske godt.
scale-coping-4 = Jeg mestrer det godt det meste av tiden.
scale-coping-5 = Jeg mestrer det veldig godt.

scale-self-help-name = Selvhjelp og likepersoner
scale-self-help-question = Hvor mye er du med i selvhjelpsgrupper, likepersonsarbeid eller lignende?
scale-self-help-1 = Jeg er ikke med i noe nå.
scale-self-help-2 = Jeg kjenner til noe, men har ikke blitt med.
scale-self-help-3 = Jeg har vært med av og til.
scale-self-help-4 = Jeg er med ganske ofte.
scale-self-help-5 = Jeg er med jevnlig, og det hjelper meg.

scale-medication-name = Medisin som avtalt
scale-medication-question = Hvis du har fått medisin: hvor ofte tar du den slik du og legen har avtalt?
scale-medication-1 = Sjelden.
scale-medication-2 = Noen ganger.
scale-medication-3 = Omtrent halvparten av gangene.
scale-medication-4 = De fleste gangene.
scale-medication-5 = Nesten alltid.

scale-alcohol-name = Alkohol og hverdagen
scale-alcohol-question = Hvor mye påvirker alkohol hverdagen din?
scale-alcohol-1 = Det påvirker livet mitt svært mye.
scale-alcohol-2 = Det påvirker livet mitt ganske mye.
scale-alcohol-3 = Det påvirker livet mitt av og til.
scale-alcohol-4 = Det påvirker livet mitt litt.
scale-alcohol-5 = Det påvirker ikke livet mitt, eller jeg drikker ikke.

scale-drugs-name = Rusmidler og hverdagen
scale-drugs-question = Hvor mye påvirker rusmidler hverdagen din?
scale-drugs-1 = De påvirker livet mitt svært mye.
scale-drugs-2 = De påvirker livet mitt ganske mye.
scale-drugs-3 = De påvirker livet mitt av og til.
scale-drugs-4 = De påvirker livet mitt litt.
scale-drugs-5 = De påvirker ikke livet mitt, eller jeg bruker dem ikke.

scale-goals-name = Dine egne mål
scale-goals-question = Hvor langt har du kommet mot målene du har satt deg?
scale-goals-1 = Jeg har ingen egne mål ennå.
scale-goals-2 = Jeg har et mål, men har ikke begynt.
scale-goals-3 = Jeg har begynt å jobbe mot et mål.
scale-goals-4 = Jeg har kommet et stykke på vei.
scale-goals-5 = Jeg har kommet langt, eller nådd et mål.

scale-title = IMR-skalaen
scale-intro = Femten korte spørsmål om hvordan det går. Svar det som passer best i dag; du kan hoppe over hvilket som helst spørsmål.
scale-topic-progress = Tema { $number } av { $total }
scale-level = { $value }: { $anchor }
scale-interval-1 = Hver måned
scale-interval-2 = Hver 2. måned
scale-interval-3 = Hver 3. måned
scale-interval-6 = Hver 6. måned
scale-interval-never = Aldri minn meg på
scale-next-due = Neste gang: { $date }
scale-last-rated = Sist gjort { $date }
scale-never-rated = Ikke gjort ennå
scale-answered = { $answered } av { $total } temaer besvart
scale-total = Sum { $total } av { $max }
scale-total-partial = Sum { $total } ({ $answered } av { $count } temaer besvart)
scale-total-note = En sum kan bare sammenlignes mellom ganger der alle 15 temaene ble besvart.
scale-skipped = hoppet over
scale-no-history = Du har ikke fylt ut IMR-skalaen ennå.
today-section-scale = Se tilbake
today-scale-title = Tid for IMR-skalaen
today-scale-detail = Femten korte spørsmål om hvordan det går. Det tar noen minutter, når det passer deg.
reminder-scale = Det kan være en fin tid for IMR-skalaen.
field-scale-topic = Tema
field-scale-value = Svar
field-scale-date = Dato for svarene
field-scale-interval = Hvor ofte
hint-scale-topic = Bruk en av temanøklene som `stegvis scale topics` viser, for eksempel knowledge.
hint-scale-value = Gi et tall fra 1 til 5, for eksempel 3.
hint-scale-date = Skriv datoen som år-måned-dag, for eksempel 2026-11-20.
hint-scale-interval = Gi 1, 2, 3 eller 6 måneder, eller never.
cli-scale-saved = Svarene dine er lagret.
cli-scale-replaced = Svarene dine for den dagen er oppdatert.
cli-scale-interval-set = Lagret: { $interval }.
cli-scale-keys = Skriv 1-5 for å svare, s for å hoppe over, b for å gå tilbake, q for å stoppe.
cli-scale-stopped = Stoppet. Ingenting ble lagret.
cli-scale-nothing = Ingen temaer ble besvart, så ingenting ble lagret.
