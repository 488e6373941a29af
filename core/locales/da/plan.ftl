## Planen for at forebygge tilbagefald.

plan-title = Min plan for at holde mig rask
plan-section-triggers = Hvad der kan udløse en svær tid
plan-section-signs = Mine tidlige advarselstegn
plan-section-actions = Det, jeg gør, når jeg mærker dem
plan-section-supporter-actions = Det, mine støttepersoner kan gøre
plan-section-contacts = Hvem jeg kan kontakte
plan-section-what-helped = Det, der har hjulpet før
plan-section-preferences = Det, jeg ønsker, hvis jeg bliver syg
plan-hint-triggers = Situationer eller stress, der er kommet før en svær tid.
plan-hint-signs = De advarselstegn, du holder øje med, også dem, andre lægger mærke til først.
plan-hint-actions = Små ting, du selv kan gøre.
plan-hint-supporter-actions = Hvad hver af dem, der står dig nær, kan gøre for at hjælpe.
plan-hint-contacts = Personer og steder, og hvordan du får fat i dem.
plan-hint-what-helped = Ting, der gjorde en forskel sidste gang.
plan-hint-preferences = Hvad du ønsker og ikke ønsker af behandlingen og af andre.
plan-empty-section = Ikke noget her endnu.
plan-rules-title = Mine regler
plan-rules-hint = Når en regel passer, minder appen dig stille og roligt om at kigge på din plan. Der bliver ikke sendt noget nogen steder.
plan-sign-others-notice = Andre lægger ofte mærke til det først
plan-sign-removed = Et advarselstegn, der ikke længere er på din liste
plan-for-supporter = For { $supporter }
plan-contact-detail = { $kind }: { $reach }
contact-kind-supporter = Støtteperson
contact-kind-clinic = Behandlingssted
contact-kind-crisis-line = Krisetelefon
contact-kind-other = Kontakt
plan-version-label = { $items ->
    [one] 1 punkt
   *[other] { $items } punkter
}, { $rules ->
    [one] 1 regel
   *[other] { $rules } regler
}
plan-version = Version { $version }, gemt den { $date }
plan-not-saved = Ikke gemt endnu
plan-saved = Din plan er gemt som en ny version.
plan-no-history = Din plan er ikke gemt endnu.
