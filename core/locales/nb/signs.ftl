## Tidlige varselsignaler, den daglige innsjekken og utviklingen over tid.

sign-sleeping-less = Sover mindre enn vanlig
sign-sleeping-more = Sover mye mer enn vanlig
sign-tense-restless = Føler meg anspent eller urolig
sign-trouble-concentrating = Vansker med å konsentrere meg
sign-withdrawing = Trekker meg unna folk
sign-suspicious = Føler meg mistenksom mot andre
sign-hearing-things = Hører ting andre ikke hører
sign-racing-thoughts = Tankekjør
sign-irritable = Blir lett irritert
sign-losing-interest = Mister interessen for ting
sign-not-eating = Spiser ikke ordentlig
sign-skipping-medication = Hopper over medisinen
sign-more-alcohol-drugs = Bruker mer alkohol eller rusmidler
sign-others-talk-about-me = Føler at andre snakker om meg
sign-worrying-more = Bekymrer meg mer
sign-low-mood = Nedstemt
sign-much-more-energy = Mye mer energi enn vanlig
sign-spending-more = Bruker mer penger enn vanlig
sign-neglecting-self-care = Tar ikke vare på meg selv
sign-feeling-hopeless = Føler meg håpløs
sign-seeing-things = Ser ting andre ikke ser
sign-thoughts-racing-at-night = Ligger våken med tanker om natta

sign-noticed-by-others = Andre merker ofte dette først

checkin-title = Innsjekk for { $date }
checkin-scale-0 = Ikke i det hele tatt
checkin-scale-1 = Litt
checkin-scale-2 = Ganske mye
checkin-scale-3 = Mye
checkin-note-prompt = Er det noe du vil notere? (du kan la dette stå tomt)
checkin-sleep-prompt = Hvor mange timer sov du? (du kan la dette stå tomt)
checkin-saved = Takk. Innsjekken din er lagret.
checkin-no-signs = Du har ingen varselsignaler å sjekke ennå. Legg til noen først, for eksempel: stegvis signs add --catalog sleeping-less
checkin-keys = Trykk 0, 1, 2 eller 3 for hvert varselsignal. Esc avslutter uten å lagre.

trend-summary-none = Ingen innsjekker i denne perioden ennå.
trend-summary-days = Du sjekket inn { $checked } av { $days } dager.
trend-summary-higher = Varselsignalene dine var sterkere denne uka enn uka før.
trend-summary-lower = Varselsignalene dine var svakere denne uka enn uka før.
trend-summary-same = Varselsignalene dine var omtrent som uka før.
trend-total = Alle varselsignaler samlet
trend-sleep = Søvn (timer)
trend-sign-chart = { $sign }, { $period }: svart på { $rated } av { $days } dager. Sist: { $last }.
trend-sign-chart-none = { $sign }, { $period }: ikke svart på i denne perioden.
trend-period = { $from } til { $to }
