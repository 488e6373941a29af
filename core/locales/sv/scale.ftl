## IMR-skalan med egna, enkla ord: varje ämnes fråga och ett svar för varje nivå,
## där 5 alltid pekar mest mot återhämtning; och orden runt omkring.

scale-knowledge-name = Kunskap om sjukdomen
scale-knowledge-question = Hur mycket tycker du att du vet om din sjukdom och hur den kan behandlas?
scale-knowledge-1 = Jag vet väldigt lite om den än.
scale-knowledge-2 = Jag vet lite, men mycket är oklart för mig.
scale-knowledge-3 = Jag vet en del om det viktigaste.
scale-knowledge-4 = Jag vet ganska mycket och kan använda det i vardagen.
scale-knowledge-5 = Jag vet mycket och skulle kunna förklara det för någon annan.

scale-family-friends-name = Familj och vänner
scale-family-friends-question = Hur mycket är familj eller vänner med i din behandling och återhämtning?
scale-family-friends-1 = Ingen som står mig nära är med just nu.
scale-family-friends-2 = Någon vet lite, men vi pratar sällan om det.
scale-family-friends-3 = Någon som står mig nära är med ibland.
scale-family-friends-4 = Någon som står mig nära är ofta med.
scale-family-friends-5 = De som står mig nära är med så mycket jag vill.

scale-social-contact-name = Tid med andra
scale-social-contact-question = Hur ofta träffar du människor utanför familjen?
scale-social-contact-1 = Nästan aldrig just nu.
scale-social-contact-2 = Ungefär en gång i månaden.
scale-social-contact-3 = Några gånger i månaden.
scale-social-contact-4 = Ungefär en gång i veckan.
scale-social-contact-5 = Flera gånger i veckan eller mer.

scale-structured-roles-name = Arbete, studier och andra roller
scale-structured-roles-question = Hur mycket av din tid går till arbete, studier, ideellt arbete, att ta hand om någon eller att sköta ett hem?
scale-structured-roles-1 = Nästan ingenting just nu.
scale-structured-roles-2 = Lite, då och då.
scale-structured-roles-3 = En del, de flesta veckor.
scale-structured-roles-4 = En stor del av de flesta veckor.
scale-structured-roles-5 = Så mycket som känns rätt för mig.

scale-symptom-distress-name = Hur symtomen känns
scale-symptom-distress-question = Hur mycket har dina symtom besvärat dig den senaste tiden?
scale-symptom-distress-1 = De besvärar mig väldigt mycket.
scale-symptom-distress-2 = De besvärar mig ganska mycket.
scale-symptom-distress-3 = De besvärar mig en del av tiden.
scale-symptom-distress-4 = De besvärar mig lite.
scale-symptom-distress-5 = De besvärar mig nästan inte alls.

scale-impairment-name = Symtom och vardagen
scale-impairment-question = Hur mycket står symtomen i vägen för det du vill göra varje dag?
scale-impairment-1 = De står i vägen för nästan allt.
scale-impairment-2 = De står i vägen för mycket.
scale-impairment-3 = De står i vägen för en del.
scale-impairment-4 = De står lite i vägen.
scale-impairment-5 = De står nästan inte i vägen alls.

scale-relapse-planning-name = En plan för svåra tider
scale-relapse-planning-question = Har du en plan för vad du gör om tidiga varningstecken dyker upp?
scale-relapse-planning-1 = Jag har ingen plan än.
scale-relapse-planning-2 = Jag har några tankar, men ingen plan.
scale-relapse-planning-3 = Jag har en plan i huvudet.
scale-relapse-planning-4 = Jag har en plan, och någon jag litar på känner till den.
scale-relapse-planning-5 = Jag har en skriftlig plan, och de jag litar på vet vad de ska göra.

scale-relapses-name = När det blev sämre
scale-relapses-question = När blev dina symtom senast mycket värre (ett återfall)?
scale-relapses-1 = Den senaste månaden.
scale-relapses-2 = De senaste tre månaderna.
scale-relapses-3 = De senaste sex månaderna.
scale-relapses-4 = Det senaste året.
scale-relapses-5 = För mer än ett år sedan, eller aldrig.

scale-hospitalizations-name = Tid på sjukhus
scale-hospitalizations-question = När blev du senast inlagd på sjukhus för din psykiska hälsa?
scale-hospitalizations-1 = Den senaste månaden.
scale-hospitalizations-2 = De senaste tre månaderna.
scale-hospitalizations-3 = De senaste sex månaderna.
scale-hospitalizations-4 = Det senaste året.
scale-hospitalizations-5 = För mer än ett år sedan, eller aldrig.

scale-coping-name = Att hantera
scale-coping-question = Hur bra tycker du att du hanterar dina symtom och stress?
scale-coping-1 = Jag tycker inte att jag hanterar det bra just nu.
scale-coping-2 = Jag hanterar det lite.
scale-coping-3 = Jag hanterar det ganska bra.
scale-coping-4 = Jag hanterar det bra för det mesta.
scale-coping-5 = Jag hanterar det mycket bra.

scale-self-help-name = Självhjälp och brukarstöd
scale-self-help-question = Hur mycket är du med i självhjälpsgrupper, brukarstöd eller liknande?
scale-self-help-1 = Jag är inte med i något just nu.
scale-self-help-2 = Jag känner till något, men har inte gått med.
scale-self-help-3 = Jag har varit med ibland.
scale-self-help-4 = Jag är med ganska ofta.
scale-self-help-5 = Jag är med regelbundet, och det hjälper mig.

scale-medication-name = Medicin som överenskommet
scale-medication-question = Om du har fått medicin utskriven: hur ofta tar du den så som du och läkaren har kommit överens om?
scale-medication-1 = Sällan.
scale-medication-2 = Ibland.
scale-medication-3 = Ungefär hälften av gångerna.
scale-medication-4 = De flesta gångerna.
scale-medication-5 = Nästan alltid.

scale-alcohol-name = Alkohol och vardagen
scale-alcohol-question = Hur mycket påverkar alkohol din vardag?
scale-alcohol-1 = Det påverkar mitt liv väldigt mycket.
scale-alcohol-2 = Det påverkar mitt liv ganska mycket.
scale-alcohol-3 = Det påverkar mitt liv ibland.
scale-alcohol-4 = Det påverkar mitt liv lite.
scale-alcohol-5 = Det påverkar inte mitt liv, eller jag dricker inte.

scale-drugs-name = Droger och vardagen
scale-drugs-question = Hur mycket påverkar droger din vardag?
scale-drugs-1 = De påverkar mitt liv väldigt mycket.
scale-drugs-2 = De påverkar mitt liv ganska mycket.
scale-drugs-3 = De påverkar mitt liv ibland.
scale-drugs-4 = De påverkar mitt liv lite.
scale-drugs-5 = De påverkar inte mitt liv, eller jag använder dem inte.

scale-goals-name = Dina egna mål
scale-goals-question = Hur långt har du kommit mot de mål du har satt upp för dig själv?
scale-goals-1 = Jag har inga egna mål än.
scale-goals-2 = Jag har ett mål, men har inte börjat.
scale-goals-3 = Jag har börjat arbeta mot ett mål.
scale-goals-4 = Jag har kommit en bit på vägen.
scale-goals-5 = Jag har kommit långt, eller nått ett mål.

scale-title = IMR-skalan
scale-intro = Femton korta frågor om hur det går. Svara det som passar bäst i dag; du kan hoppa över vilken fråga som helst.
scale-topic-progress = Ämne { $number } av { $total }
scale-level = { $value }: { $anchor }
scale-interval-1 = Varje månad
scale-interval-2 = Varannan månad
scale-interval-3 = Var tredje månad
scale-interval-6 = Var sjätte månad
scale-interval-never = Påminn mig aldrig
scale-next-due = Nästa gång: { $date }
scale-last-rated = Senast gjord { $date }
scale-never-rated = Inte gjord än
scale-answered = { $answered } av { $total } ämnen besvarade
scale-total = Summa { $total } av { $max }
scale-total-partial = Summa { $total } ({ $answered } av { $count } ämnen besvarade)
scale-total-note = En summa kan bara jämföras mellan tillfällen då alla 15 ämnen besvarades.
scale-skipped = hoppade över
scale-no-history = Du har inte fyllt i IMR-skalan än.
today-section-scale = Se tillbaka
today-scale-title = Dags för IMR-skalan
today-scale-detail = Femton korta frågor om hur det går. Det tar några minuter, när det passar dig.
reminder-scale = Det kan vara en bra tid för IMR-skalan.
field-scale-topic = Ämne
field-scale-value = Svar
field-scale-date = Datum för svaren
field-scale-interval = Hur ofta
hint-scale-topic = Använd en av ämnesnycklarna som `stegvis scale topics` visar, till exempel knowledge.
hint-scale-value = Ge ett tal från 1 till 5, till exempel 3.
hint-scale-date = Skriv datumet som år-månad-dag, till exempel 2026-11-20.
hint-scale-interval = Ge 1, 2, 3 eller 6 månader, eller never.
cli-scale-saved = Dina svar är sparade.
cli-scale-replaced = Dina svar för den dagen är uppdaterade.
cli-scale-interval-set = Sparat: { $interval }.
cli-scale-keys = Skriv 1-5 för att svara, s för att hoppa över, b för att gå tillbaka, q för att sluta.
cli-scale-stopped = Avbrutet. Inget sparades.
cli-scale-nothing = Inget ämne besvarades, så inget sparades.
