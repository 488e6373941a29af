# Rapportskjermen: en PDF av framgangsoversikten til å dele eller skrive ut.
shell-nav-report = Rapport
shell-report-intro = En PDF av hvordan det har gått, til å ta med på et møte eller skrive ut.
shell-report-sections = Hva rapporten skal ha med
shell-report-none-chosen = Velg minst én del til rapporten.
shell-report-period = Hvilke måneder
shell-report-privacy = Rapporten har helseopplysninger om deg. Den havner der du deler den, og Stegvis kan ikke hente den tilbake. Del den bare med folk og apper du stoler på.
shell-report-make = Lag rapport
shell-report-making = Lager rapporten…
shell-report-ready = Rapporten er klar.
shell-report-share = Del
shell-report-open = Åpne
shell-report-no-viewer = Telefonen har ingen app som åpner PDF-filer. Du kan fortsatt dele rapporten.
shell-report-from-progress = Lag en rapport
