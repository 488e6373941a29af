# home: see core/src/l10n/render.rs for how files are loaded.
## Den interaktive startsiden i terminalen.

home-menu-title = Hva vil du gjøre?
home-area-today = I dag
home-area-goals = Mål og steg
home-area-signs = Tegn og innsjekk
home-area-plan = Planen min
home-area-meds = Medisiner
home-area-settings = Påminnelser
home-area-close = Lukk
home-more = { $count ->
    [one] og 1 til (se I dag)
   *[other] og { $count } til (se I dag)
}
home-today-pick = Hva vil du gjøre noe med?
home-yes = Ja
home-no = Ikke nå
home-press-enter = Trykk Enter for å gå tilbake.
home-multi-help = Mellomrom merker et valg, Enter lagrer, Esc går tilbake.
home-nothing-saved = Ingenting ble lagret. Du kan prøve igjen når du vil.
home-interrupted = Avsluttet. Det du holdt på med ble ikke lagret; alt du har lagret før er tatt vare på.

home-welcome-title = Velkommen til Stegvis
home-welcome-body = Dette er ditt eget sted mellom samlingene. Alt blir på denne datamaskinen. Du kan skrive ned det som betyr noe for deg, legge merke til hvordan du har det fra dag til dag, og ha planen din nær. Det haster ikke, og du kan hoppe over alle spørsmål.
home-welcome-goal = Vil du skrive ned et første mål, med dine egne ord?
home-welcome-signs = Vil du velge noen tidlige varseltegn å sjekke hver dag?
home-welcome-done = Det var alt for nå. Du finner alt dette igjen i menyen.

home-step-what = Hva vil du gjøre med dette steget?
home-step-done = Krysse det av
home-step-date = Endre datoen

home-checkin-keys = Trykk 0, 1, 2 eller 3 for hvert tegn. Enter beholder tallet i klammer, Backspace går tilbake, Esc avbryter.
home-checkin-no-signs = Du har ingen tegn å sjekke ennå. Velg noen under «Tegn og innsjekk».
home-checkin-leave-question = Forlate innsjekken? Svarene dine er ikke lagret ennå.
home-checkin-stay = Nei, fortsett innsjekken
home-checkin-leave = Ja, gå ut uten å lagre
home-signs-checkin = Gjør innsjekken
home-signs-history = Les tidligere innsjekker
home-signs-catalog = Velg tegn fra en liste
home-signs-own = Skriv et tegn med egne ord
home-signs-retire = Ta et tegn av listen min
home-signs-pick = Hvilke tegn vil du sjekke hver dag?
home-signs-all-chosen = Alle tegnene fra listen er allerede på din.
home-signs-added = { $count ->
    [one] 1 tegn er på listen din.
   *[other] { $count } tegn er på listen din.
}
home-signs-own-text = Beskriv tegnet med dine egne ord
home-signs-own-others = Pleier andre å merke dette før deg?
home-signs-retire-pick = Hvilket tegn skal av listen? Historikken blir tatt vare på.
home-history-none = Ingen innsjekker de siste fire ukene.
home-history-pick = Hvilken dag vil du lese?
home-history-note = Notatet ditt:

home-plan-read = Les planen min
home-plan-edit = Endre en del av planen
home-plan-history = Les tidligere versjoner
home-plan-pick-version = Hvilken versjon?
home-plan-pick-section = Hvilken del av planen?
home-plan-section-count = { $section } ({ $count ->
    [0] tom
    [one] 1 punkt
   *[other] { $count } punkter
})
home-plan-what = Hva vil du gjøre?
home-plan-add = Legge til noe
home-plan-replace = Endre noe
home-plan-remove = Fjerne noe
home-plan-move = Endre rekkefølgen
home-plan-pick-item = Hvilket?
home-plan-pick-move = Hvilket skal flyttes?
home-plan-pick-place = Hvor skal det stå?
home-plan-place = { $place ->
    [1] Øverst
   *[other] Som nummer { $place }
}
home-plan-pick-sign = Hvilket av tegnene dine?
home-plan-ask-text = Skriv det med dine egne ord
home-plan-ask-supporter = Hvem gjelder det? (et navn)
home-plan-ask-supporter-action = Hva kan de gjøre?
home-plan-ask-contact-name = Navn på personen eller tjenesten
home-plan-ask-contact-reach = Hvordan du når dem (for eksempel et telefonnummer)
home-plan-ask-contact-kind = Hvem er de for deg?

home-meds-log = Registrere en dose
home-meds-read = Se medisinene mine
home-meds-add = Legge til en medisin
home-meds-schedule = Legge til tidspunkter for en medisin
home-meds-change = Endre eller sette en medisin på pause
home-meds-pick = Hvilken medisin?
home-meds-pick-dose = Hvilken dose?
home-meds-none = Du har ikke lagt til noen medisiner ennå.
home-meds-nothing-to-log = Det er ingen dose å registrere i dag.
home-meds-as-needed = { $name } (ved behov): tatt nå
home-dose-what = Hva vil du notere?
home-dose-take = Jeg tok den
home-dose-skip = Jeg hoppet over den
home-dose-snooze = Minn meg på det om { $minutes } minutter
home-dose-skip-reason = En grunn, hvis du vil notere en (du kan la dette stå tomt)
home-meds-ask-name = Navnet på medisinen
home-meds-ask-dose = Dose, for eksempel 50 mg (du kan la dette stå tomt)
home-meds-ask-cue = Noe som hjelper deg å huske, for eksempel «ved tannbørsten» (du kan la dette stå tomt)
home-meds-ask-count = Hvor mange har du nå? (du kan la dette stå tomt)
home-meds-ask-count-now = Hvor mange har du nå? For eksempel 30
home-meds-ask-times-now = Vil du legge til klokkeslettene du tar den?
home-meds-added-as-needed = Medisinen er lagret. Uten klokkeslett regnes den som «ved behov».
home-meds-ask-times = Hvilke klokkeslett? For eksempel 08:00, 22:00
home-meds-ask-repeat = Hvor ofte?
home-repeat-daily = Hver dag
home-repeat-every-days = Med noen dagers mellomrom
home-repeat-weekdays = På noen ukedager
home-meds-ask-every-days = Hvor mange dager mellom hver gang? For eksempel 2
home-meds-ask-weekdays = Hvilke dager?
home-meds-change-what = Hva vil du endre?
home-meds-change-name = Navnet
home-meds-change-dose = Dosen
home-meds-change-cue = Huskeregelen
home-meds-change-count = Hvor mange jeg har
home-meds-pause = Sette den på pause
home-meds-stop = Slutte med den (historikken blir tatt vare på)
home-meds-resume = Ta den igjen
home-weekday-mon = mandag
home-weekday-tue = tirsdag
home-weekday-wed = onsdag
home-weekday-thu = torsdag
home-weekday-fri = fredag
home-weekday-sat = lørdag
home-weekday-sun = søndag

home-settings-time = Velge klokkeslett for påminnelsen om innsjekk
home-settings-time-off = Slå av påminnelsen om innsjekk
home-settings-time-now = Påminnelse om innsjekk: hver dag kl. { $time }
home-settings-time-none = Påminnelse om innsjekk: av
home-settings-ask-time = Når vil du bli minnet på innsjekken? For eksempel 20:00
home-settings-time-saved = Du blir minnet på innsjekken kl. { $time } hver dag.
home-settings-show-names = La påminnelser nevne medisinen
home-settings-hide-names = Hold medisinnavn borte fra påminnelser

home-closed = Lukket. Ingenting halvferdig ble lagret; alt du har lagret er tatt vare på. Ha det fint.
home-goals-status = Merke et mål som nådd, legge det til side eller hente det fram igjen
home-goals-reopen = Åpne et avkrysset steg igjen
home-goals-none-done = Ingen steg er krysset av ennå.
home-goal-reach = Det er nådd
home-goal-set-aside = Legge det til side for nå
home-goal-resume = Hente det fram igjen
home-press-enter-go-on = Trykk Enter for å gå videre.

## Doser: angre, etter medisin, alle i samme minutt.
home-dose-take-all = Ta alle medisinene kl. { $time }: { $names }
home-dose-took-all = { $count ->
    [one] 1 dose er notert som tatt.
   *[other] { $count } doser er notert som tatt.
}
home-dose-skipped-label = { $name } · dosen kl. { $time } ble hoppet over
home-meds-took-by-name = { $name }: jeg har tatt den nå
home-dose-ask-extra = Ingen dose av { $name } skal tas nå. Vil du notere en ekstra dose, utenom de vanlige tidene?
home-dose-no-extra = Ingenting ble notert.
home-dose-took-planned = Notert: dosen av { $name } kl. { $time }.
home-dose-extra-taken = Notert som en ekstra dose.
home-dose-undo = Angre, det ble notert ved en feil
home-dose-undone = Angret: dosen er ikke lenger notert.

## The plan block in today.
home-plan-open-whole = Vil du åpne hele planen din?

## Endre og avslutte tidene for en medisin.
home-meds-times-change = Endre eller avslutte tidene for en medisin
home-meds-no-times = Ingen av medisinene dine har faste tider ennå.
home-meds-pick-times = Hvilke tider?
home-meds-times-what = Hva vil du gjøre med disse tidene?
home-meds-times-new = Endre klokkeslettene
home-meds-times-repeat = Endre hvor ofte
home-meds-times-end = Avslutte disse tidene (det du har notert, blir tatt vare på)
home-meds-times-end-sure = Avslutte disse tidene etter i dag? Det du har notert til nå, blir tatt vare på.

home-area-sharing = Deling
home-sharing-my-code = Vis koden min
home-sharing-pair = Koble til med en kode
home-sharing-confirm = Sjekk de 12 sifrene
home-sharing-grant = Velg hva du vil dele
home-sharing-send = Send planen min
home-sharing-withdraw = Slutt å dele
home-sharing-receive = Hent inn en fil
home-sharing-plans = Planer delt med meg
home-sharing-list = Hvem jeg deler med
home-sharing-audit = Hva som har skjedd
home-sharing-ask-code = Lim inn koden fra den andre telefonen:
home-sharing-ask-name = Hva kaller du personen?
home-sharing-qr-too-wide = QR-koden trenger et vindu som er minst 150 tegn bredt. Gjør vinduet bredere og velg dette igjen, eller kopier koden på siste linje.
home-sharing-pick = Hvem?
home-sharing-digits-match = Viser telefonen til { $name } { $digits }?
home-sharing-not-confirmed = Ikke bekreftet. Hvis sifrene er ulike, koble til på nytt med koden på telefonen deres.
home-sharing-nobody = Koble til noen først.
home-sharing-ask-sections = Hvilke deler? Skriv numrene, for eksempel 2,4:
home-sharing-ask-until = Hvor lenge?
home-sharing-agree = Sier du ja til dette?
home-sharing-ask-out = Lagre filen som:
home-sharing-ask-in = Stien til filen:
home-sharing-withdraw-sure = Slutte å dele med { $name } nå?
home-sharing-remove = Fjern denne planen fra telefonen
home-sharing-back = Tilbake
