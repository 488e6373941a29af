# Dele planen med en, der står dig nær, og have deres plan som støtteperson.

error-envelope-rejected = Filen kunne ikke tages ind. Den kan være beskadiget, ment til en anden, for gammel eller fra en, du ikke er forbundet med. Intet blev ændret. Bed dem sende den igen.
error-conflict-not-confirmed = Tjek først, at de 12 cifre er ens på begge telefoner, og bekræft så.
error-conflict-no-consent = Du deler ikke noget med denne person nu.
error-conflict-paired-with-self = Det er din egen kode. Brug koden, der vises på den andens telefon.
error-conflict-already-paired = Du er allerede forbundet med denne person.
error-conflict-plan-too-large = De valgte dele af planen er for lange til at sende på én gang. Vælg færre dele.
error-not-found-share-contact = Der er ingen forbundet person med det id.
error-not-found-consent = Der findes ikke sådan et samtykke.
error-not-found-shared-copy = Der er ingen delt plan fra denne person på telefonen.
field-pairing-code = Forbindelseskode
field-sections = Dele af planen
field-share-name = Navn
field-envelope-file = Fil
hint-pairing-code = Kopiér hele koden fra den anden telefon; den begynder med STEGVIS1:.
hint-sections = Vælg mindst én del, for eksempel signs,supporter-actions.
hint-envelope-file = Skriv stien til en fil, for eksempel kari-plan.stegvis.

share-default-name = Kontakt { $number }
share-compare = Tjek, at telefonen hos { $name } viser { $digits } under Deling, Min kode. Bekræft kun, hvis cifrene er ens.
share-until-months = { $months ->
    [one] I 1 måned, til { $date }
   *[other] I { $months } måneder, til { $date }
}
share-until-open = Indtil jeg stopper det
share-period-until = Fra { $start } til { $until }.
share-period-open = Fra { $start }, indtil jeg stopper det.
share-consent-text = Jeg vælger at dele disse dele af min kriseplan med { $name }: { $sections }. { $period } { $name } kan læse dem, men ikke ændre dem. Jeg kan ændre, hvad jeg deler, eller stoppe med at dele når som helst.
share-history-given = Givet { $at }
share-history-changed = Ændret { $at }
share-history-withdrawn = Stoppet { $at }
share-status-current = Deles nu
share-status-ended = Sluttede efter { $date }
share-status-withdrawn = Stoppet { $date }
share-contact-unconfirmed = Sammenlign de 12 cifre, før du deler noget.
share-contact-sharing = { $count ->
    [one] Deler 1 del af din plan. { $period }
   *[other] Deler { $count } dele af din plan. { $period }
}
share-contact-not-sharing = Deler intet nu.
share-contact-paired = Forbundet { $date }
share-hint-triggers = Hvad der kan sætte noget i gang for dig.
share-hint-signs = Tegnene at holde øje med, og hvilke andre lægger mærke til først.
share-hint-actions = Hvad du selv gør, når du mærker dem.
share-hint-supporter-actions = Hvad de og andre kan gøre for at hjælpe.
share-hint-contacts = Hvem man kan kontakte, med telefonnumre.
share-hint-what-helped = Hvad der hjalp før.
share-hint-preferences = Hvad du ønsker, hvis du bliver syg.
share-received-plan = Du har nu planen fra { $name }. Du finder den under Planer delt med mig.
share-received-withdrawal = { $name } er stoppet med at dele. Planen blev fjernet fra telefonen.

supporter-plan-title = Planen fra { $name }
supporter-received = Modtaget { $at }
supporter-expires = Kan læses til { $date }
supporter-expires-never = Delt, indtil { $name } stopper det
supporter-others-notice = Andre lægger ofte mærke til dette først
supporter-for-you = Til dig
supporter-section-triggers = Hvad der kan sætte noget i gang for { $name }
supporter-section-actions = Hvad { $name } selv gør
supporter-section-what-helped = Hvad der hjalp { $name } før
supporter-section-preferences = Hvad { $name } ønsker ved sygdom

audit-paired = Du forbandt dig med { $name }.
audit-confirmed = Du bekræftede, at cifrene for { $name } passer.
audit-granted = Du valgte at dele med { $name }: { $sections }.
audit-changed = Du ændrede, hvad du deler med { $name }: { $sections }.
audit-withdrawn = Du stoppede med at dele med { $name }.
audit-envelope-created = Du lavede en kopi af din plan til { $name } (version { $version }).
audit-withdrawal-created = Du lavede en besked til { $name } om, at du er stoppet med at dele.
audit-envelope-imported = Du modtog planen fra { $name } (version { $version }).
audit-withdrawal-imported = { $name } stoppede med at dele. Planen blev fjernet.
audit-copy-removed = Du fjernede planen fra { $name } fra telefonen.
