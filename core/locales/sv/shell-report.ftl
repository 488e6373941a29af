# Rapportskärmen: en PDF av framstegsöversikten att dela eller skriva ut.
shell-nav-report = Rapport
shell-report-intro = En PDF om hur det har gått, att ta med till ett möte eller skriva ut.
shell-report-sections = Vad rapporten ska innehålla
shell-report-none-chosen = Välj minst en del till rapporten.
shell-report-period = Vilka månader
shell-report-privacy = Rapporten innehåller hälsouppgifter om dig. Den hamnar där du delar den, och Stegvis kan inte ta tillbaka den. Dela den bara med personer och appar du litar på.
shell-report-make = Gör rapport
shell-report-making = Gör rapporten…
shell-report-ready = Rapporten är klar.
shell-report-share = Dela
shell-report-open = Öppna
shell-report-no-viewer = Telefonen har ingen app som öppnar PDF-filer. Du kan fortfarande dela rapporten.
shell-report-from-progress = Gör en rapport
