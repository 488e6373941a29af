## Tidiga varningstecken, den dagliga incheckningen och utvecklingen över tid.

sign-sleeping-less = Sover mindre än vanligt
sign-sleeping-more = Sover mycket mer än vanligt
sign-tense-restless = Känner mig spänd eller rastlös
sign-trouble-concentrating = Svårt att koncentrera mig
sign-withdrawing = Drar mig undan från folk
sign-suspicious = Känner mig misstänksam mot andra
sign-hearing-things = Hör saker som andra inte hör
sign-racing-thoughts = Tankarna rusar
sign-irritable = Blir lätt irriterad
sign-losing-interest = Tappar intresset för saker
sign-not-eating = Äter inte ordentligt
sign-skipping-medication = Hoppar över medicinen
sign-more-alcohol-drugs = Använder mer alkohol eller droger
sign-others-talk-about-me = Känner att andra pratar om mig
sign-worrying-more = Oroar mig mer
sign-low-mood = Nedstämd
sign-much-more-energy = Mycket mer energi än vanligt
sign-spending-more = Gör av med mer pengar än vanligt
sign-neglecting-self-care = Tar inte hand om mig själv
sign-feeling-hopeless = Känner mig hopplös
sign-seeing-things = Ser saker som andra inte ser
sign-thoughts-racing-at-night = Ligger vaken med tankar på natten

sign-noticed-by-others = Andra märker ofta det här först

checkin-title = Incheckning för { $date }
checkin-scale-0 = Inte alls
checkin-scale-1 = Lite
checkin-scale-2 = Ganska mycket
checkin-scale-3 = Mycket
checkin-note-prompt = Vill du anteckna något? (du kan lämna det här tomt)
checkin-sleep-prompt = Hur många timmar sov du? (du kan lämna det här tomt)
checkin-saved = Tack. Din incheckning är sparad.
checkin-no-signs = Du har inga varningstecken att gå igenom än. Lägg till några först, till exempel: stegvis signs add --catalog sleeping-less
checkin-keys = Tryck 0, 1, 2 eller 3 för varje varningstecken. Esc avbryter utan att spara.

trend-summary-none = Inga incheckningar under den här perioden än.
trend-summary-days = Du checkade in { $checked } av { $days } dagar.
trend-summary-higher = Dina varningstecken var starkare den här veckan än veckan innan.
trend-summary-lower = Dina varningstecken var svagare den här veckan än veckan innan.
trend-summary-same = Dina varningstecken var ungefär som veckan innan.
trend-total = Alla varningstecken tillsammans
trend-sleep = Sömn (timmar)
trend-sign-chart = { $sign }, { $period }: besvarat { $rated } av { $days } dagar. Senast: { $last }.
trend-sign-chart-none = { $sign }, { $period }: inte besvarat under den här perioden.
trend-period = { $from } till { $to }
