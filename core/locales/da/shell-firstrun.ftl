# Velkomsten første gang appen åbnes på telefonen.
shell-firstrun-title = Velkommen til Stegvis
shell-firstrun-body = Stegvis er dit eget sted mellem IMR-møderne. Du kan skrive ned, hvad der betyder noget for dig, tage ét lille skridt ad gangen, lægge mærke til, hvordan du har det fra dag til dag, og have din plan tæt på.
shell-firstrun-private = Alt bliver på denne telefon. Intet bliver sendt nogen steder hen.
shell-firstrun-no-hurry = Der er ingen hast. Du kan springe alle spørgsmål over og ændre alt senere.
shell-firstrun-start = Lad os begynde
shell-firstrun-skip-all = Ikke nu, gå til i dag
shell-firstrun-goal-title = Et første mål
shell-firstrun-goal-intro = Vil du skrive et første mål ned? Det kan være lille.
shell-firstrun-signs-title = Tidlige advarselstegn
shell-firstrun-signs-intro = Hvilke af disse plejer du at mærke, når det begynder at blive sværere? Sæt kryds ved nogle få. Hver dag kan du vurdere dem i et kort tjek.
shell-firstrun-checkin-title = Tidspunkt for dagens tjek
shell-firstrun-checkin-ask = Hvornår vil du mindes om dagens tjek?
shell-firstrun-checkin-intro = Skriv et klokkeslæt, for eksempel 20:00. Du kan ændre det eller slå det fra i indstillingerne.
shell-firstrun-save-next = Gem og gå videre
shell-firstrun-not-now = Ikke nu
shell-firstrun-finish = Gem og afslut
