## Planen för att förebygga återfall.

plan-title = Min plan för att må bra
plan-section-triggers = Vad som kan utlösa en svår tid
plan-section-signs = Mina tidiga varningstecken
plan-section-actions = Det jag gör när jag märker dem
plan-section-supporter-actions = Det mina stödpersoner kan göra
plan-section-contacts = Vem jag kan kontakta
plan-section-what-helped = Det som har hjälpt förut
plan-section-preferences = Det jag vill om jag blir sjuk
plan-hint-triggers = Situationer eller stress som har kommit före en svår tid.
plan-hint-signs = Varningstecknen du håller koll på, också de som andra märker först.
plan-hint-actions = Små saker du kan göra själv.
plan-hint-supporter-actions = Vad var och en som står dig nära kan göra för att hjälpa.
plan-hint-contacts = Personer och mottagningar, och hur du når dem.
plan-hint-what-helped = Sådant som gjorde skillnad förra gången.
plan-hint-preferences = Vad du vill och inte vill av behandlingen och av andra.
plan-empty-section = Inget här än.
plan-rules-title = Mina regler
plan-rules-hint = När en regel stämmer påminner appen dig varsamt om att titta på din plan. Inget skickas någonstans.
plan-sign-others-notice = Andra märker ofta det här först
plan-sign-removed = Ett varningstecken som inte längre finns på din lista
plan-for-supporter = För { $supporter }
plan-contact-detail = { $kind }: { $reach }
contact-kind-supporter = Stödperson
contact-kind-clinic = Mottagning
contact-kind-crisis-line = Stödlinje
contact-kind-other = Kontakt
plan-version-label = { $items ->
    [one] 1 punkt
   *[other] { $items } punkter
}, { $rules ->
    [one] 1 regel
   *[other] { $rules } regler
}
plan-version = Version { $version }, sparad { $date }
plan-not-saved = Inte sparad än
plan-saved = Din plan är sparad som en ny version.
plan-no-history = Din plan är inte sparad än.
