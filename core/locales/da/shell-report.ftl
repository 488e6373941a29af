# Rapportskærmen: en PDF af fremskridtsoversigten til at dele eller printe.
shell-nav-report = Rapport
shell-report-intro = En PDF over, hvordan det er gået, til at tage med til et møde eller printe.
shell-report-sections = Hvad rapporten skal indeholde
shell-report-none-chosen = Vælg mindst én del til rapporten.
shell-report-period = Hvilke måneder
shell-report-privacy = Rapporten indeholder helbredsoplysninger om dig. Den ender der, hvor du deler den, og Stegvis kan ikke hente den tilbage. Del den kun med personer og apps, du stoler på.
shell-report-make = Lav rapport
shell-report-making = Laver rapporten…
shell-report-ready = Rapporten er klar.
shell-report-share = Del
shell-report-open = Åbn
shell-report-no-viewer = Telefonen har ingen app, der åbner PDF-filer. Du kan stadig dele rapporten.
shell-report-from-progress = Lav en rapport
