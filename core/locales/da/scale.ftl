## IMR-skalaen med vores egne, enkle ord: hvert emnes spørgsmål og et svar for hvert
## niveau, hvor 5 altid peger mest mod recovery; og ordene omkring.

scale-knowledge-name = Viden om sygdommen
scale-knowledge-question = Hvor meget synes du, at du ved om din sygdom, og hvordan den kan behandles?
scale-knowledge-1 = Jeg ved meget lidt om den endnu.
scale-knowledge-2 = Jeg ved lidt, men meget er uklart for mig.
scale-knowledge-3 = Jeg ved noget om det vigtigste.
scale-knowledge-4 = Jeg ved ret meget og kan bruge det i hverdagen.
scale-knowledge-5 = Jeg ved meget og kunne forklare det for andre.

scale-family-friends-name = Familie og venner
scale-family-friends-question = Hvor meget er familie eller venner med i din behandling og recovery?
scale-family-friends-1 = Ingen, der står mig nær, er med lige nu.
scale-family-friends-2 = Nogen ved lidt, men vi taler sjældent om det.
scale-family-friends-3 = Nogen, der står mig nær, er med en gang imellem.
scale-family-friends-4 = Nogen, der står mig nær, er ofte med.
scale-family-friends-5 = De, der står mig nær, er med så meget, som jeg ønsker.

scale-social-contact-name = Tid med andre
scale-social-contact-question = Hvor tit er du sammen med mennesker uden for familien?
scale-social-contact-1 = Næsten aldrig for tiden.
scale-social-contact-2 = Cirka én gang om måneden.
scale-social-contact-3 = Nogle gange om måneden.
scale-social-contact-4 = Cirka én gang om ugen.
scale-social-contact-5 = Flere gange om ugen eller mere.

scale-structured-roles-name = Arbejde, uddannelse og andre roller
scale-structured-roles-question = Hvor meget af din tid går til arbejde, uddannelse, frivilligt arbejde, at passe nogen eller at holde et hjem?
scale-structured-roles-1 = Næsten ingenting lige nu.
scale-structured-roles-2 = Lidt, en gang imellem.
scale-structured-roles-3 = Noget, de fleste uger.
scale-structured-roles-4 = En god del af de fleste uger.
scale-structured-roles-5 = Så meget, som føles rigtigt for mig.

scale-symptom-distress-name = Hvordan symptomerne føles
scale-symptom-distress-question = Hvor meget har dine symptomer plaget dig for nylig?
scale-symptom-distress-1 = De plager mig rigtig meget.
scale-symptom-distress-2 = De plager mig ret meget.
scale-symptom-distress-3 = De plager mig en del af tiden.
scale-symptom-distress-4 = De plager mig lidt.
scale-symptom-distress-5 = De plager mig næsten ikke.

scale-impairment-name = Symptomer og hverdagen
scale-impairment-question = Hvor meget står symptomerne i vejen for det, du vil gøre hver dag?
scale-impairment-1 = De står i vejen for næsten alt.
scale-impairment-2 = De står i vejen for meget.
scale-impairment-3 = De står i vejen for noget.
scale-impairment-4 = De står lidt i vejen.
scale-impairment-5 = De står næsten ikke i vejen.

scale-relapse-planning-name = En plan for svære tider
scale-relapse-planning-question = Har du en plan for, hvad du gør, hvis tidlige varselstegn dukker op?
scale-relapse-planning-1 = Jeg har ingen plan endnu.
scale-relapse-planning-2 = Jeg har nogle tanker, men ingen plan.
scale-relapse-planning-3 = Jeg har en plan i hovedet.
scale-relapse-planning-4 = Jeg har en plan, og en, jeg stoler på, kender den.
scale-relapse-planning-5 = Jeg har en skriftlig plan, og dem, jeg stoler på, ved, hvad de skal gøre.

scale-relapses-name = Da det blev værre
scale-relapses-question = Hvornår blev dine symptomer sidst meget værre (et tilbagefald)?
scale-relapses-1 = Inden for den sidste måned.
scale-relapses-2 = Inden for de sidste tre måneder.
scale-relapses-3 = Inden for de sidste seks måneder.
scale-relapses-4 = Inden for det sidste år.
scale-relapses-5 = For mere end et år siden, eller aldrig.

scale-hospitalizations-name = Tid på hospitalet
scale-hospitalizations-question = Hvornår blev du sidst indlagt på grund af dit psykiske helbred?
scale-hospitalizations-1 = Inden for den sidste måned.
scale-hospitalizations-2 = Inden for de sidste tre måneder.
scale-hospitalizations-3 = Inden for de sidste seks måneder.
scale-hospitalizations-4 = Inden for det sidste år.
scale-hospitalizations-5 = For mere end et år siden, eller aldrig.

scale-coping-name = At mestre
scale-coping-question = Hvor godt synes du, at du mestrer dine symptomer og stress?
scale-coping-1 = Jeg synes ikke, jeg mestrer det godt lige nu.
scale-coping-2 = Jeg mestrer det lidt.
scale-coping-3 = Jeg mestrer det ret godt.
scale-coping-4 = Jeg mestrer det godt det meste af tiden.
scale-coping-5 = Jeg mestrer det rigtig godt.

scale-self-help-name = Selvhjælp og peerstøtte
scale-self-help-question = Hvor meget er du med i selvhjælpsgrupper, peerstøtte eller lignende?
scale-self-help-1 = Jeg er ikke med i noget lige nu.
scale-self-help-2 = Jeg kender til noget, men er ikke gået med.
scale-self-help-3 = Jeg har været med en gang imellem.
scale-self-help-4 = Jeg er med ret tit.
scale-self-help-5 = Jeg er med jævnligt, og det hjælper mig.

scale-medication-name = Medicin som aftalt
scale-medication-question = Hvis du har fået medicin: hvor tit tager du den, som du og lægen har aftalt?
scale-medication-1 = Sjældent.
scale-medication-2 = Nogle gange.
scale-medication-3 = Cirka halvdelen af gangene.
scale-medication-4 = De fleste gange.
scale-medication-5 = Næsten altid.

scale-alcohol-name = Alkohol og hverdagen
scale-alcohol-question = Hvor meget påvirker alkohol din hverdag?
scale-alcohol-1 = Det påvirker mit liv rigtig meget.
scale-alcohol-2 = Det påvirker mit liv ret meget.
scale-alcohol-3 = Det påvirker mit liv en gang imellem.
scale-alcohol-4 = Det påvirker mit liv lidt.
scale-alcohol-5 = Det påvirker ikke mit liv, eller jeg drikker ikke.

scale-drugs-name = Stoffer og hverdagen
scale-drugs-question = Hvor meget påvirker stoffer din hverdag?
scale-drugs-1 = De påvirker mit liv rigtig meget.
scale-drugs-2 = De påvirker mit liv ret meget.
scale-drugs-3 = De påvirker mit liv en gang imellem.
scale-drugs-4 = De påvirker mit liv lidt.
scale-drugs-5 = De påvirker ikke mit liv, eller jeg tager dem ikke.

scale-goals-name = Dine egne mål
scale-goals-question = Hvor langt er du kommet mod de mål, du har sat dig?
scale-goals-1 = Jeg har ingen egne mål endnu.
scale-goals-2 = Jeg har et mål, men er ikke begyndt.
scale-goals-3 = Jeg er begyndt at arbejde mod et mål.
scale-goals-4 = Jeg er kommet et stykke ad vejen.
scale-goals-5 = Jeg er kommet langt, eller har nået et mål.

scale-title = IMR-skalaen
scale-intro = Femten korte spørgsmål om, hvordan det går. Svar det, der passer bedst i dag; du kan springe ethvert spørgsmål over.
scale-topic-progress = Emne { $number } af { $total }
scale-level = { $value }: { $anchor }
scale-interval-1 = Hver måned
scale-interval-2 = Hver 2. måned
scale-interval-3 = Hver 3. måned
scale-interval-6 = Hver 6. måned
scale-interval-never = Mind mig aldrig om det
scale-next-due = Næste gang: { $date }
scale-last-rated = Sidst udfyldt { $date }
scale-never-rated = Ikke udfyldt endnu
scale-answered = { $answered } af { $total } emner besvaret
scale-total = I alt { $total } af { $max }
scale-total-partial = I alt { $total } ({ $answered } af { $count } emner besvaret)
scale-total-note = En samlet sum kan kun sammenlignes mellem gange, hvor alle 15 emner blev besvaret.
scale-skipped = sprunget over
scale-no-history = Du har ikke udfyldt IMR-skalaen endnu.
today-section-scale = Se tilbage
today-scale-title = Tid til din IMR-skala
today-scale-detail = Femten korte spørgsmål om, hvordan det går. Det tager et par minutter, når det passer dig.
reminder-scale = Det kan være et godt tidspunkt til din IMR-skala.
field-scale-topic = Emne
field-scale-value = Svar
field-scale-date = Dato for svarene
field-scale-interval = Hvor tit
hint-scale-topic = Brug en af emnenøglerne, som `stegvis scale topics` viser, for eksempel knowledge.
hint-scale-value = Giv et tal fra 1 til 5, for eksempel 3.
hint-scale-date = Skriv datoen som år-måned-dag, for eksempel 2026-11-20.
hint-scale-interval = Giv 1, 2, 3 eller 6 måneder, eller never.
cli-scale-saved = Dine svar er gemt.
cli-scale-replaced = Dine svar for den dag er opdateret.
cli-scale-interval-set = Gemt: { $interval }.
cli-scale-keys = Skriv 1-5 for at svare, s for at springe over, b for at gå tilbage, q for at stoppe.
cli-scale-stopped = Stoppet. Intet blev gemt.
cli-scale-nothing = Intet emne blev besvaret, så intet blev gemt.
