## Planen for å forebygge tilbakefall.

plan-title = Min plan for å holde meg frisk
plan-section-triggers = Hva som kan utløse en vanskelig tid
plan-section-signs = Mine tidlige varselsignaler
plan-section-actions = Det jeg gjør når jeg merker dem
plan-section-supporter-actions = Det støttepersonene mine kan gjøre
plan-section-contacts = Hvem jeg kan kontakte
plan-section-what-helped = Det som har hjulpet før
plan-section-preferences = Det jeg ønsker hvis jeg blir dårlig
plan-hint-triggers = Situasjoner eller stress som har kommet før en vanskelig tid.
plan-hint-signs = Varselsignalene du følger med på, også de som andre merker først.
plan-hint-actions = Små ting du kan gjøre selv.
plan-hint-supporter-actions = Hva hver av dem som står deg nær, kan gjøre for å hjelpe.
plan-hint-contacts = Personer og tjenester, og hvordan du når dem.
plan-hint-what-helped = Ting som gjorde en forskjell forrige gang.
plan-hint-preferences = Hva du ønsker og ikke ønsker fra behandlingen og fra andre.
plan-empty-section = Ingenting her ennå.
plan-rules-title = Mine regler
plan-rules-hint = Når en regel slår til, minner appen deg forsiktig på å se på planen din. Ingenting blir sendt noe sted.
plan-sign-others-notice = Andre merker ofte dette først
plan-sign-removed = Et varselsignal som ikke lenger er på lista di
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
plan-version = Versjon { $version }, lagret { $date }
plan-not-saved = Ikke lagret ennå
plan-saved = Planen din er lagret som en ny versjon.
plan-no-history = Planen din er ikke lagret ennå.
