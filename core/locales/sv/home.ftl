# home: see core/src/l10n/render.rs for how files are loaded.
## Den interaktiva startsidan i terminalen.

home-menu-title = Vad vill du göra?
home-area-today = I dag
home-area-goals = Mål och steg
home-area-signs = Tecken och incheckning
home-area-plan = Min plan
home-area-meds = Läkemedel
home-area-settings = Påminnelser
home-area-close = Stäng
home-more = { $count ->
    [one] och 1 till (se I dag)
   *[other] och { $count } till (se I dag)
}
home-today-pick = Vad vill du göra något åt?
home-yes = Ja
home-no = Inte nu
home-press-enter = Tryck Enter för att gå tillbaka.
home-multi-help = Mellanslag markerar ett val, Enter sparar, Esc går tillbaka.
home-nothing-saved = Ingenting sparades. Du kan försöka igen när du vill.
home-interrupted = Avslutat. Det du höll på med sparades inte; allt du sparat tidigare finns kvar.

home-welcome-title = Välkommen till Stegvis
home-welcome-body = Det här är din egen plats mellan träffarna. Allt stannar på den här datorn. Du kan skriva ner det som är viktigt för dig, märka hur du mår från dag till dag och ha din plan nära. Det är ingen brådska, och du kan hoppa över alla frågor.
home-welcome-goal = Vill du skriva ner ett första mål, med dina egna ord?
home-welcome-signs = Vill du välja några tidiga varningstecken att följa varje dag?
home-welcome-done = Det var allt för nu. Du hittar allt det här igen i menyn.

home-step-what = Vad vill du göra med det här steget?
home-step-done = Bocka av det
home-step-date = Ändra datumet

home-checkin-keys = Tryck 0, 1, 2 eller 3 för varje tecken. Enter behåller siffran inom hakparentes, Backsteg går tillbaka, Esc avbryter.
home-checkin-no-signs = Du har inga tecken att följa än. Välj några under "Tecken och incheckning".
home-checkin-leave-question = Lämna incheckningen? Dina svar är inte sparade än.
home-checkin-stay = Nej, fortsätt med incheckningen
home-checkin-leave = Ja, lämna utan att spara
home-signs-checkin = Gör incheckningen
home-signs-history = Läs tidigare incheckningar
home-signs-catalog = Välj tecken från en lista
home-signs-own = Skriv ett tecken med egna ord
home-signs-retire = Ta bort ett tecken från min lista
home-signs-pick = Vilka tecken vill du följa varje dag?
home-signs-all-chosen = Alla tecken från listan finns redan på din.
home-signs-added = { $count ->
    [one] 1 tecken finns på din lista.
   *[other] { $count } tecken finns på din lista.
}
home-signs-own-text = Beskriv tecknet med dina egna ord
home-signs-own-others = Brukar andra märka det här före dig?
home-signs-retire-pick = Vilket tecken ska bort från listan? Dess historik sparas.
home-history-none = Inga incheckningar de senaste fyra veckorna.
home-history-pick = Vilken dag vill du läsa?
home-history-note = Din anteckning:

home-plan-read = Läs min plan
home-plan-edit = Ändra en del av planen
home-plan-history = Läs tidigare versioner
home-plan-pick-version = Vilken version?
home-plan-pick-section = Vilken del av planen?
home-plan-section-count = { $section } ({ $count ->
    [0] tom
    [one] 1 punkt
   *[other] { $count } punkter
})
home-plan-what = Vad vill du göra?
home-plan-add = Lägga till något
home-plan-replace = Ändra något
home-plan-remove = Ta bort något
home-plan-move = Ändra ordningen
home-plan-pick-item = Vilken?
home-plan-pick-move = Vilken ska flyttas?
home-plan-pick-place = Var ska den stå?
home-plan-place = { $place ->
    [1] Överst
   *[other] Som nummer { $place }
}
home-plan-pick-sign = Vilket av dina tecken?
home-plan-ask-text = Skriv det med dina egna ord
home-plan-ask-supporter = Vem gäller det? (ett namn)
home-plan-ask-supporter-action = Vad kan de göra?
home-plan-ask-contact-name = Namn på personen eller tjänsten
home-plan-ask-contact-reach = Hur du når dem (till exempel ett telefonnummer)
home-plan-ask-contact-kind = Vem är de för dig?

home-meds-log = Registrera en dos
home-meds-read = Se mina läkemedel
home-meds-add = Lägg till ett läkemedel
home-meds-schedule = Lägg till tider för ett läkemedel
home-meds-change = Ändra eller pausa ett läkemedel
home-meds-pick = Vilket läkemedel?
home-meds-pick-dose = Vilken dos?
home-meds-none = Du har inte lagt till några läkemedel än.
home-meds-nothing-to-log = Det finns ingen dos att registrera i dag.
home-meds-as-needed = { $name } (vid behov): tagen nu
home-dose-what = Vad vill du notera?
home-dose-take = Jag tog den
home-dose-skip = Jag hoppade över den
home-dose-snooze = Påminn mig om { $minutes } minuter
home-dose-skip-reason = Ett skäl, om du vill notera ett (du kan lämna det tomt)
home-meds-ask-name = Läkemedlets namn
home-meds-ask-dose = Dos, till exempel 50 mg (du kan lämna det tomt)
home-meds-ask-cue = Något som hjälper dig att minnas, till exempel "vid tandborsten" (du kan lämna det tomt)
home-meds-ask-count = Hur många har du nu? (du kan lämna det tomt)
home-meds-ask-count-now = Hur många har du nu? Till exempel 30
home-meds-ask-times-now = Vill du lägga till tiderna när du tar det?
home-meds-added-as-needed = Läkemedlet är sparat. Utan tider räknas det som "vid behov".
home-meds-ask-times = Vilka tider? Till exempel 08:00, 22:00
home-meds-ask-repeat = Hur ofta?
home-repeat-daily = Varje dag
home-repeat-every-days = Med några dagars mellanrum
home-repeat-weekdays = Vissa veckodagar
home-meds-ask-every-days = Hur många dagar mellan varje gång? Till exempel 2
home-meds-ask-weekdays = Vilka dagar?
home-meds-change-what = Vad vill du ändra?
home-meds-change-name = Namnet
home-meds-change-dose = Dosen
home-meds-change-cue = Minnesknepet
home-meds-change-count = Hur många jag har
home-meds-pause = Pausa det för tillfället
home-meds-stop = Sluta med det (historiken sparas)
home-meds-resume = Ta det igen
home-weekday-mon = måndag
home-weekday-tue = tisdag
home-weekday-wed = onsdag
home-weekday-thu = torsdag
home-weekday-fri = fredag
home-weekday-sat = lördag
home-weekday-sun = söndag

home-settings-time = Välj tid för påminnelsen om incheckning
home-settings-time-off = Stäng av påminnelsen om incheckning
home-settings-time-now = Påminnelse om incheckning: varje dag kl. { $time }
home-settings-time-none = Påminnelse om incheckning: av
home-settings-ask-time = När vill du bli påmind om incheckningen? Till exempel 20:00
home-settings-time-saved = Du blir påmind om incheckningen kl. { $time } varje dag.
home-settings-show-names = Låt påminnelser nämna läkemedlet
home-settings-hide-names = Håll läkemedelsnamn borta från påminnelser

home-closed = Stängt. Inget halvfärdigt sparades; allt du har sparat finns kvar. Ta hand om dig.
home-goals-status = Markera ett mål som nått, lägg det åt sidan eller ta fram det igen
home-goals-reopen = Öppna ett avbockat steg igen
home-goals-none-done = Inga steg är avbockade än.
home-goal-reach = Det är nått
home-goal-set-aside = Lägg det åt sidan för nu
home-goal-resume = Ta fram det igen
home-press-enter-go-on = Tryck Enter för att gå vidare.

## Doser: ångra, efter läkemedel, alla samma minut.
home-dose-take-all = Ta alla läkemedel kl. { $time }: { $names }
home-dose-took-all = { $count ->
    [one] 1 dos är noterad som tagen.
   *[other] { $count } doser är noterade som tagna.
}
home-dose-skipped-label = { $name } · dosen kl. { $time } hoppades över
home-meds-took-by-name = { $name }: jag har tagit den nu
home-dose-ask-extra = Ingen dos av { $name } ska tas nu. Vill du notera en extra dos, utanför de vanliga tiderna?
home-dose-no-extra = Ingenting noterades.
home-dose-took-planned = Noterat: dosen av { $name } kl. { $time }.
home-dose-extra-taken = Noterat som en extra dos.
home-dose-undo = Ångra, det noterades av misstag
home-dose-undone = Ångrat: dosen är inte längre noterad.

## The plan block in today.
home-plan-open-whole = Vill du öppna hela din plan?

## Ändra och avsluta tiderna för ett läkemedel.
home-meds-times-change = Ändra eller avsluta tiderna för ett läkemedel
home-meds-no-times = Inget av dina läkemedel har fasta tider än.
home-meds-pick-times = Vilka tider?
home-meds-times-what = Vad vill du göra med de här tiderna?
home-meds-times-new = Ändra klockslagen
home-meds-times-repeat = Ändra hur ofta
home-meds-times-end = Avsluta de här tiderna (det du har noterat sparas)
home-meds-times-end-sure = Avsluta de här tiderna efter i dag? Det du har noterat hittills sparas.

home-area-sharing = Delning
home-sharing-my-code = Visa min kod
home-sharing-pair = Koppla ihop med en kod
home-sharing-confirm = Kontrollera de 12 siffrorna
home-sharing-grant = Välj vad du vill dela
home-sharing-send = Skicka min plan
home-sharing-withdraw = Sluta dela
home-sharing-receive = Läs in en fil
home-sharing-plans = Planer delade med mig
home-sharing-list = Vem jag delar med
home-sharing-audit = Vad som har hänt
home-sharing-ask-code = Klistra in koden från den andra telefonen:
home-sharing-ask-name = Vad kallar du personen?
home-sharing-qr-too-wide = QR-koden behöver ett fönster som är minst 150 tecken brett. Gör fönstret bredare och välj detta igen, eller kopiera koden på sista raden.
home-sharing-pick = Vem?
home-sharing-digits-match = Visar { $name }s telefon { $digits }?
home-sharing-not-confirmed = Inte bekräftat. Om siffrorna skiljer sig, koppla ihop igen med koden på deras telefon.
home-sharing-nobody = Koppla ihop med någon först.
home-sharing-ask-sections = Vilka delar? Skriv deras nummer, till exempel 2,4:
home-sharing-ask-until = Hur länge?
home-sharing-agree = Går du med på detta?
home-sharing-ask-out = Spara filen som:
home-sharing-ask-in = Sökvägen till filen:
home-sharing-withdraw-sure = Sluta dela med { $name } nu?
home-sharing-remove = Ta bort den här planen från telefonen
home-sharing-back = Tillbaka
