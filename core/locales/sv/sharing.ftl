# Dela planen med någon som står dig nära, och ha deras plan som stödperson.

error-envelope-rejected = Filen kunde inte tas emot. Den kan vara skadad, menad för någon annan, för gammal eller från någon du inte är kopplad till. Inget ändrades. Be dem skicka den igen.
error-conflict-not-confirmed = Kontrollera först att de 12 siffrorna är lika på båda telefonerna och bekräfta sedan.
error-conflict-no-consent = Du delar inget med den här personen nu.
error-conflict-paired-with-self = Det här är din egen kod. Använd koden som visas på den andra personens telefon.
error-conflict-already-paired = Du är redan kopplad till den här personen.
error-conflict-plan-too-large = De valda delarna av planen är för långa för att skickas på en gång. Välj färre delar.
error-not-found-share-contact = Det finns ingen kopplad person med det id:t.
error-not-found-consent = Det finns inget sådant samtycke.
error-not-found-shared-copy = Det finns ingen delad plan från den här personen på telefonen.
field-pairing-code = Kopplingskod
field-sections = Delar av planen
field-share-name = Namn
field-envelope-file = Fil
hint-pairing-code = Kopiera hela koden från den andra telefonen; den börjar med STEGVIS1:.
hint-sections = Välj minst en del, till exempel signs,supporter-actions.
hint-envelope-file = Skriv sökvägen till en fil, till exempel kari-plan.stegvis.

share-default-name = Kontakt { $number }
share-compare = Kontrollera att telefonen hos { $name } visar { $digits } under Delning, Min kod. Bekräfta bara om siffrorna är lika.
share-until-months = { $months ->
    [one] I 1 månad, till { $date }
   *[other] I { $months } månader, till { $date }
}
share-until-open = Tills jag stoppar det
share-period-until = Från { $start } till { $until }.
share-period-open = Från { $start }, tills jag stoppar det.
share-consent-text = Jag väljer att dela de här delarna av min krisplan med { $name }: { $sections }. { $period } { $name } kan läsa dem men inte ändra dem. Jag kan ändra vad jag delar eller sluta dela när som helst.
share-history-given = Givet { $at }
share-history-changed = Ändrat { $at }
share-history-withdrawn = Stoppat { $at }
share-status-current = Delas nu
share-status-ended = Slutade efter { $date }
share-status-withdrawn = Stoppat { $date }
share-contact-unconfirmed = Jämför de 12 siffrorna innan du delar något.
share-contact-sharing = { $count ->
    [one] Delar 1 del av din plan. { $period }
   *[other] Delar { $count } delar av din plan. { $period }
}
share-contact-not-sharing = Delar inget nu.
share-contact-paired = Kopplad { $date }
share-hint-triggers = Vad som kan sätta igång saker för dig.
share-hint-signs = Tecknen att hålla utkik efter, och vilka andra märker först.
share-hint-actions = Vad du själv gör när du märker dem.
share-hint-supporter-actions = Vad de och andra kan göra för att hjälpa.
share-hint-contacts = Vem man kan kontakta, med telefonnummer.
share-hint-what-helped = Vad som hjälpte förut.
share-hint-preferences = Vad du vill om du blir sjuk.
share-received-plan = Du har nu planen från { $name }. Du hittar den under Planer delade med mig.
share-received-withdrawal = { $name } har slutat dela. Planen togs bort från telefonen.

supporter-plan-title = Planen från { $name }
supporter-received = Mottagen { $at }
supporter-expires = Kan läsas till { $date }
supporter-expires-never = Delad tills { $name } stoppar det
supporter-others-notice = Andra märker ofta detta först
supporter-for-you = Till dig
supporter-section-triggers = Vad som kan sätta igång saker för { $name }
supporter-section-actions = Vad { $name } gör själv
supporter-section-what-helped = Vad som hjälpte { $name } förut
supporter-section-preferences = Vad { $name } vill vid sjukdom

audit-paired = Du kopplade dig till { $name }.
audit-confirmed = Du bekräftade att siffrorna för { $name } stämmer.
audit-granted = Du valde att dela med { $name }: { $sections }.
audit-changed = Du ändrade vad du delar med { $name }: { $sections }.
audit-withdrawn = Du slutade dela med { $name }.
audit-envelope-created = Du gjorde en kopia av din plan till { $name } (version { $version }).
audit-withdrawal-created = Du gjorde ett meddelande till { $name } om att du har slutat dela.
audit-envelope-imported = Du tog emot planen från { $name } (version { $version }).
audit-withdrawal-imported = { $name } slutade dela. Planen togs bort.
audit-copy-removed = Du tog bort planen från { $name } från telefonen.
