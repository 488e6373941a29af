# Dele planen med noen som står deg nær, og ha planen deres som støtteperson.

error-envelope-rejected = Denne filen kunne ikke tas inn. Den kan være skadet, ment for en annen, for gammel eller fra noen du ikke er koblet til. Ingenting ble endret. Be dem sende den på nytt.
error-conflict-not-confirmed = Sjekk først at de 12 sifrene er like på begge telefonene, og bekreft så.
error-conflict-no-consent = Du deler ikke noe med denne personen nå.
error-conflict-paired-with-self = Dette er din egen kode. Bruk koden som vises på den andre personens telefon.
error-conflict-already-paired = Du er allerede koblet til denne personen.
error-conflict-plan-too-large = De valgte delene av planen er for lange til å sendes på én gang. Velg færre deler.
error-not-found-share-contact = Det finnes ingen tilkoblet person med den id-en.
error-not-found-consent = Det finnes ikke noe slikt samtykke.
error-not-found-shared-copy = Det finnes ingen delt plan fra denne personen på denne telefonen.
field-pairing-code = Koblingskode
field-sections = Deler av planen
field-share-name = Navn
field-envelope-file = Fil
hint-pairing-code = Kopier hele koden fra den andre telefonen; den begynner med STEGVIS1:.
hint-sections = Velg minst én del, for eksempel signs,supporter-actions.
hint-envelope-file = Skriv stien til en fil, for eksempel kari-plan.stegvis.

share-default-name = Kontakt { $number }
share-compare = Sjekk at telefonen til { $name } viser { $digits } under Deling, Min kode. Bekreft bare hvis sifrene er like.
share-until-months = { $months ->
    [one] I 1 måned, til { $date }
   *[other] I { $months } måneder, til { $date }
}
share-until-open = Til jeg stopper det
share-period-until = Fra { $start } til { $until }.
share-period-open = Fra { $start }, til jeg stopper det.
share-consent-text = Jeg velger å dele disse delene av kriseplanen min med { $name }: { $sections }. { $period } { $name } kan lese dem, men ikke endre dem. Jeg kan endre hva jeg deler eller slutte å dele når som helst.
share-history-given = Gitt { $at }
share-history-changed = Endret { $at }
share-history-withdrawn = Stoppet { $at }
share-status-current = Deles nå
share-status-ended = Sluttet etter { $date }
share-status-withdrawn = Stoppet { $date }
share-contact-unconfirmed = Sammenlign de 12 sifrene før du deler noe.
share-contact-sharing = { $count ->
    [one] Deler 1 del av planen din. { $period }
   *[other] Deler { $count } deler av planen din. { $period }
}
share-contact-not-sharing = Deler ingenting nå.
share-contact-paired = Koblet { $date }
share-hint-triggers = Hva som kan sette ting i gang for deg.
share-hint-signs = Tegnene å se etter, og hvilke andre merker først.
share-hint-actions = Hva du selv gjør når du merker dem.
share-hint-supporter-actions = Hva de og andre kan gjøre for å hjelpe.
share-hint-contacts = Hvem man kan kontakte, med telefonnumre.
share-hint-what-helped = Hva som hjalp før.
share-hint-preferences = Hva du ønsker hvis du blir dårlig.
share-received-plan = Du har nå planen til { $name }. Du finner den under Planer delt med meg.
share-received-withdrawal = { $name } har sluttet å dele. Planen ble fjernet fra denne telefonen.

supporter-plan-title = Planen til { $name }
supporter-received = Mottatt { $at }
supporter-expires = Kan leses til { $date }
supporter-expires-never = Delt til { $name } stopper det
supporter-others-notice = Andre merker ofte dette først
supporter-for-you = Til deg
supporter-section-triggers = Hva som kan sette ting i gang for { $name }
supporter-section-actions = Hva { $name } gjør selv
supporter-section-what-helped = Hva som hjalp { $name } før
supporter-section-preferences = Hva { $name } ønsker ved sykdom

audit-paired = Du koblet deg til { $name }.
audit-confirmed = Du bekreftet at sifrene for { $name } stemmer.
audit-granted = Du valgte å dele med { $name }: { $sections }.
audit-changed = Du endret hva du deler med { $name }: { $sections }.
audit-withdrawn = Du sluttet å dele med { $name }.
audit-envelope-created = Du laget en kopi av planen din til { $name } (versjon { $version }).
audit-withdrawal-created = Du laget en melding til { $name } om at du har sluttet å dele.
audit-envelope-imported = Du mottok planen til { $name } (versjon { $version }).
audit-withdrawal-imported = { $name } sluttet å dele. Planen ble fjernet.
audit-copy-removed = Du fjernet planen til { $name } fra denne telefonen.
