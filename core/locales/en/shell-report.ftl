# The report screen: a PDF of the progress summary to share or print.
shell-nav-report = Report
shell-report-intro = A PDF of how things have gone, to bring to a meeting or print.
shell-report-sections = What goes in the report
shell-report-none-chosen = Choose at least one part for the report.
shell-report-period = Which months
shell-report-privacy = The report holds health information about you. It goes wherever you share it, and Stegvis cannot take it back. Share it only with people and apps you trust.
shell-report-make = Make report
shell-report-making = Making the report…
shell-report-ready = The report is ready.
shell-report-share = Share
shell-report-open = Open
shell-report-no-viewer = This phone has no app that opens PDF files. You can still share the report.
shell-report-from-progress = Make a report
