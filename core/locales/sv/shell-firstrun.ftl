# Välkomnandet första gången appen öppnas på telefonen.
shell-firstrun-title = Välkommen till Stegvis
shell-firstrun-body = Stegvis är din egen plats mellan IMR-träffarna. Du kan skriva ner det som är viktigt för dig, ta ett litet steg i taget, märka hur du mår från dag till dag och ha din plan nära.
shell-firstrun-private = Allt stannar på den här telefonen. Ingenting skickas någonstans.
shell-firstrun-no-hurry = Det är ingen brådska. Du kan hoppa över alla frågor och ändra allt senare.
shell-firstrun-start = Nu börjar vi
shell-firstrun-skip-all = Inte nu, gå till i dag
shell-firstrun-goal-title = Ett första mål
shell-firstrun-goal-intro = Vill du skriva ner ett första mål? Det kan vara litet.
shell-firstrun-signs-title = Tidiga varningstecken
shell-firstrun-signs-intro = Vilka av de här brukar du märka när det börjar bli tyngre? Kryssa i några. Varje dag kan du skatta dem i en kort incheckning.
shell-firstrun-checkin-title = Tid för incheckning
shell-firstrun-checkin-ask = När vill du bli påmind om incheckningen?
shell-firstrun-checkin-intro = Skriv en tid, till exempel 20:00. Du kan ändra den eller stänga av den i inställningarna.
shell-firstrun-save-next = Spara och fortsätt
shell-firstrun-not-now = Inte nu
shell-firstrun-finish = Spara och avsluta
