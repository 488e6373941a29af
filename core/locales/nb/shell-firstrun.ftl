# Velkomsten første gang appen åpnes på telefonen.
shell-firstrun-title = Velkommen til Stegvis
shell-firstrun-body = Stegvis er ditt eget sted mellom IMR-samlingene. Du kan skrive ned det som betyr noe for deg, ta det ett lite steg om gangen, legge merke til hvordan du har det fra dag til dag, og ha planen din nær.
shell-firstrun-private = Alt blir på denne telefonen. Ingenting sendes noe sted.
shell-firstrun-no-hurry = Det haster ikke. Du kan hoppe over alle spørsmål og endre alt senere.
shell-firstrun-start = La oss begynne
shell-firstrun-skip-all = Ikke nå, gå til i dag
shell-firstrun-goal-title = Et første mål
shell-firstrun-goal-intro = Vil du skrive ned et første mål? Det kan være lite.
shell-firstrun-signs-title = Tidlige varselsignaler
shell-firstrun-signs-intro = Hvilke av disse pleier du å merke når ting begynner å bli tyngre? Kryss av noen. Hver dag kan du gi dem en verdi i en kort innsjekk.
shell-firstrun-checkin-title = Tid for innsjekk
shell-firstrun-checkin-ask = Når vil du bli minnet på innsjekken?
shell-firstrun-checkin-intro = Skriv et klokkeslett, for eksempel 20:00. Du kan endre det eller slå det av i innstillingene.
shell-firstrun-save-next = Lagre og gå videre
shell-firstrun-not-now = Ikke nå
shell-firstrun-finish = Lagre og avslutt
