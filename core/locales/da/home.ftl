# home: see core/src/l10n/render.rs for how files are loaded.
## Den interaktive startside i terminalen.

home-menu-title = Hvad vil du gøre?
home-area-today = I dag
home-area-goals = Mål og skridt
home-area-signs = Tegn og tjek-ind
home-area-plan = Min plan
home-area-meds = Medicin
home-area-settings = Påmindelser
home-area-close = Luk
home-more = { $count ->
    [one] og 1 mere (se I dag)
   *[other] og { $count } mere (se I dag)
}
home-today-pick = Hvad vil du gøre noget ved?
home-yes = Ja
home-no = Ikke nu
home-press-enter = Tryk Enter for at gå tilbage.
home-multi-help = Mellemrum markerer et valg, Enter gemmer, Esc går tilbage.
home-nothing-saved = Intet blev gemt. Du kan prøve igen, når du vil.
home-interrupted = Afsluttet. Det, du var i gang med, blev ikke gemt; alt, hvad du har gemt før, er bevaret.

home-welcome-title = Velkommen til Stegvis
home-welcome-body = Dette er dit eget sted mellem møderne. Alt bliver på denne computer. Du kan skrive ned, hvad der betyder noget for dig, lægge mærke til, hvordan du har det fra dag til dag, og have din plan tæt på. Der er ingen hast, og du kan springe alle spørgsmål over.
home-welcome-goal = Vil du skrive et første mål ned, med dine egne ord?
home-welcome-signs = Vil du vælge nogle tidlige advarselstegn at tjekke hver dag?
home-welcome-done = Det var alt for nu. Du finder alt dette igen i menuen.

home-step-what = Hvad vil du gøre med dette skridt?
home-step-done = Krydse det af
home-step-date = Ændre datoen

home-checkin-keys = Tryk 0, 1, 2 eller 3 for hvert tegn. Enter beholder tallet i klammer, Backspace går tilbage, Esc afbryder.
home-checkin-no-signs = Du har ingen tegn at tjekke endnu. Vælg nogle under "Tegn og tjek-ind".
home-checkin-leave-question = Forlade tjek-ind? Dine svar er ikke gemt endnu.
home-checkin-stay = Nej, fortsæt tjek-ind
home-checkin-leave = Ja, gå ud uden at gemme
home-signs-checkin = Lav tjek-ind
home-signs-history = Læs tidligere tjek-ind
home-signs-catalog = Vælg tegn fra en liste
home-signs-own = Skriv et tegn med egne ord
home-signs-retire = Tag et tegn af min liste
home-signs-pick = Hvilke tegn vil du tjekke hver dag?
home-signs-all-chosen = Alle tegn fra listen er allerede på din.
home-signs-added = { $count ->
    [one] 1 tegn er på din liste.
   *[other] { $count } tegn er på din liste.
}
home-signs-own-text = Beskriv tegnet med dine egne ord
home-signs-own-others = Plejer andre at lægge mærke til det før dig?
home-signs-retire-pick = Hvilket tegn skal af listen? Dets historik bevares.
home-history-none = Ingen tjek-ind de sidste fire uger.
home-history-pick = Hvilken dag vil du læse?
home-history-note = Din note:

home-plan-read = Læs min plan
home-plan-edit = Ændre en del af planen
home-plan-history = Læs tidligere versioner
home-plan-pick-version = Hvilken version?
home-plan-pick-section = Hvilken del af planen?
home-plan-section-count = { $section } ({ $count ->
    [0] tom
    [one] 1 punkt
   *[other] { $count } punkter
})
home-plan-what = Hvad vil du gøre?
home-plan-add = Tilføje noget
home-plan-replace = Ændre noget
home-plan-remove = Fjerne noget
home-plan-move = Ændre rækkefølgen
home-plan-pick-item = Hvilket?
home-plan-pick-move = Hvilket skal flyttes?
home-plan-pick-place = Hvor skal det stå?
home-plan-place = { $place ->
    [1] Øverst
   *[other] Som nummer { $place }
}
home-plan-pick-sign = Hvilket af dine tegn?
home-plan-ask-text = Skriv det med dine egne ord
home-plan-ask-supporter = Hvem gælder det? (et navn)
home-plan-ask-supporter-action = Hvad kan de gøre?
home-plan-ask-contact-name = Navn på personen eller stedet
home-plan-ask-contact-reach = Hvordan du når dem (for eksempel et telefonnummer)
home-plan-ask-contact-kind = Hvem er de for dig?

home-meds-log = Registrere en dosis
home-meds-read = Se min medicin
home-meds-add = Tilføje en medicin
home-meds-schedule = Tilføje tidspunkter for en medicin
home-meds-change = Ændre eller sætte en medicin på pause
home-meds-pick = Hvilken medicin?
home-meds-pick-dose = Hvilken dosis?
home-meds-none = Du har ikke tilføjet nogen medicin endnu.
home-meds-nothing-to-log = Der er ingen dosis at registrere i dag.
home-meds-as-needed = { $name } (efter behov): taget nu
home-dose-what = Hvad vil du notere?
home-dose-take = Jeg tog den
home-dose-skip = Jeg sprang den over
home-dose-snooze = Mind mig om det om { $minutes } minutter
home-dose-skip-reason = En grund, hvis du vil notere en (du kan lade det stå tomt)
home-meds-ask-name = Navnet på medicinen
home-meds-ask-dose = Dosis, for eksempel 50 mg (du kan lade det stå tomt)
home-meds-ask-cue = Noget, der hjælper dig med at huske, for eksempel "ved tandbørsten" (du kan lade det stå tomt)
home-meds-ask-count = Hvor mange har du nu? (du kan lade det stå tomt)
home-meds-ask-count-now = Hvor mange har du nu? For eksempel 30
home-meds-ask-times-now = Vil du tilføje de klokkeslæt, du tager den?
home-meds-added-as-needed = Medicinen er gemt. Uden klokkeslæt regnes den som "efter behov".
home-meds-ask-times = Hvilke klokkeslæt? For eksempel 08:00, 22:00
home-meds-ask-repeat = Hvor ofte?
home-repeat-daily = Hver dag
home-repeat-every-days = Med nogle dages mellemrum
home-repeat-weekdays = På nogle ugedage
home-meds-ask-every-days = Hvor mange dage mellem hver gang? For eksempel 2
home-meds-ask-weekdays = Hvilke dage?
home-meds-change-what = Hvad vil du ændre?
home-meds-change-name = Navnet
home-meds-change-dose = Dosis
home-meds-change-cue = Huskereglen
home-meds-change-count = Hvor mange jeg har
home-meds-pause = Sætte den på pause
home-meds-stop = Stoppe med den (historikken bevares)
home-meds-resume = Tage den igen
home-weekday-mon = mandag
home-weekday-tue = tirsdag
home-weekday-wed = onsdag
home-weekday-thu = torsdag
home-weekday-fri = fredag
home-weekday-sat = lørdag
home-weekday-sun = søndag

home-settings-time = Vælg tidspunkt for påmindelsen om tjek-ind
home-settings-time-off = Slå påmindelsen om tjek-ind fra
home-settings-time-now = Påmindelse om tjek-ind: hver dag kl. { $time }
home-settings-time-none = Påmindelse om tjek-ind: fra
home-settings-ask-time = Hvornår vil du mindes om tjek-ind? For eksempel 20:00
home-settings-time-saved = Du bliver mindet om tjek-ind kl. { $time } hver dag.
home-settings-show-names = Lad påmindelser nævne medicinen
home-settings-hide-names = Hold medicinnavne væk fra påmindelser

home-closed = Lukket. Intet halvfærdigt blev gemt; alt, hvad du har gemt, er bevaret. Pas på dig selv.
home-goals-status = Markér et mål som nået, læg det til side eller tag det frem igen
home-goals-reopen = Åbn et afkrydset skridt igen
home-goals-none-done = Ingen skridt er krydset af endnu.
home-goal-reach = Det er nået
home-goal-set-aside = Læg det til side for nu
home-goal-resume = Tag det frem igen
home-press-enter-go-on = Tryk Enter for at gå videre.

## Doser: fortryd, efter medicin, alle i samme minut.
home-dose-take-all = Tag al medicinen kl. { $time }: { $names }
home-dose-took-all = { $count ->
    [one] 1 dosis er noteret som taget.
   *[other] { $count } doser er noteret som taget.
}
home-dose-skipped-label = { $name } · dosen kl. { $time } blev sprunget over
home-meds-took-by-name = { $name }: jeg har taget den nu
home-dose-ask-extra = Der skal ikke tages nogen dosis af { $name } nu. Vil du notere en ekstra dosis, uden for de sædvanlige tider?
home-dose-no-extra = Intet blev noteret.
home-dose-took-planned = Noteret: dosen af { $name } kl. { $time }.
home-dose-extra-taken = Noteret som en ekstra dosis.
home-dose-undo = Fortryd, det blev noteret ved en fejl
home-dose-undone = Fortrudt: dosen er ikke længere noteret.

## The plan block in today.
home-plan-open-whole = Vil du åbne hele din plan?

## Ændre og afslutte tiderne for en medicin.
home-meds-times-change = Ændre eller afslutte tiderne for en medicin
home-meds-no-times = Ingen af dine mediciner har faste tider endnu.
home-meds-pick-times = Hvilke tider?
home-meds-times-what = Hvad vil du gøre med disse tider?
home-meds-times-new = Ændre klokkeslættene
home-meds-times-repeat = Ændre hvor ofte
home-meds-times-end = Afslutte disse tider (det, du har noteret, bliver gemt)
home-meds-times-end-sure = Afslutte disse tider efter i dag? Det, du har noteret indtil nu, bliver gemt.

home-area-sharing = Deling
home-sharing-my-code = Vis min kode
home-sharing-pair = Forbind med en kode
home-sharing-confirm = Tjek de 12 cifre
home-sharing-grant = Vælg, hvad du vil dele
home-sharing-send = Send min plan
home-sharing-withdraw = Stop med at dele
home-sharing-receive = Hent en fil
home-sharing-plans = Planer delt med mig
home-sharing-list = Hvem jeg deler med
home-sharing-audit = Hvad der er sket
home-sharing-ask-code = Indsæt koden fra den anden telefon:
home-sharing-ask-name = Hvad kalder du personen?
home-sharing-qr-too-wide = QR-koden kræver et vindue, der er mindst 150 tegn bredt. Gør vinduet bredere og vælg dette igen, eller kopiér koden på sidste linje.
home-sharing-pick = Hvem?
home-sharing-digits-match = Viser { $name }s telefon { $digits }?
home-sharing-not-confirmed = Ikke bekræftet. Hvis cifrene er forskellige, så forbind igen med koden på deres telefon.
home-sharing-nobody = Forbind med nogen først.
home-sharing-ask-sections = Hvilke dele? Skriv deres numre, for eksempel 2,4:
home-sharing-ask-until = Hvor længe?
home-sharing-agree = Siger du ja til dette?
home-sharing-ask-out = Gem filen som:
home-sharing-ask-in = Stien til filen:
home-sharing-withdraw-sure = Stop med at dele med { $name } nu?
home-sharing-remove = Fjern denne plan fra telefonen
home-sharing-back = Tilbage
