## Tidlige advarselstegn, det daglige tjek og udviklingen over tid.

sign-sleeping-less = Sover mindre end normalt
sign-sleeping-more = Sover meget mere end normalt
sign-tense-restless = Føler mig anspændt eller urolig
sign-trouble-concentrating = Svært ved at koncentrere mig
sign-withdrawing = Trækker mig væk fra folk
sign-suspicious = Føler mig mistænksom over for andre
sign-hearing-things = Hører ting, som andre ikke hører
sign-racing-thoughts = Tankerne kører hurtigt
sign-irritable = Bliver let irriteret
sign-losing-interest = Mister interessen for ting
sign-not-eating = Spiser ikke ordentligt
sign-skipping-medication = Springer medicinen over
sign-more-alcohol-drugs = Bruger mere alkohol eller stoffer
sign-others-talk-about-me = Føler, at andre taler om mig
sign-worrying-more = Bekymrer mig mere
sign-low-mood = Nedtrykt
sign-much-more-energy = Meget mere energi end normalt
sign-spending-more = Bruger flere penge end normalt
sign-neglecting-self-care = Passer ikke på mig selv
sign-feeling-hopeless = Føler mig håbløs
sign-seeing-things = Ser ting, som andre ikke ser
sign-thoughts-racing-at-night = Ligger vågen med tanker om natten

sign-noticed-by-others = Andre lægger ofte mærke til det først

checkin-title = Tjek for { $date }
checkin-scale-0 = Slet ikke
checkin-scale-1 = Lidt
checkin-scale-2 = En hel del
checkin-scale-3 = Meget
checkin-note-prompt = Er der noget, du vil skrive ned? (du kan lade det være tomt)
checkin-sleep-prompt = Hvor mange timer sov du? (du kan lade det være tomt)
checkin-saved = Tak. Dit tjek er gemt.
checkin-no-signs = Du har ingen advarselstegn at tjekke endnu. Tilføj nogle først, for eksempel: stegvis signs add --catalog sleeping-less
checkin-keys = Tryk 0, 1, 2 eller 3 for hvert advarselstegn. Esc stopper uden at gemme.

trend-summary-none = Ingen tjek i denne periode endnu.
trend-summary-days = Du lavede dit tjek { $checked } af { $days } dage.
trend-summary-higher = Dine advarselstegn var stærkere i denne uge end ugen før.
trend-summary-lower = Dine advarselstegn var svagere i denne uge end ugen før.
trend-summary-same = Dine advarselstegn var omtrent som ugen før.
trend-total = Alle advarselstegn samlet
trend-sleep = Søvn (timer)
trend-sign-chart = { $sign }, { $period }: besvaret { $rated } af { $days } dage. Senest: { $last }.
trend-sign-chart-none = { $sign }, { $period }: ikke besvaret i denne periode.
trend-period = { $from } til { $to }
