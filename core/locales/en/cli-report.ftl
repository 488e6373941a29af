# stegvis report in the terminal: writing the PDF, and what to do when it cannot be written.
cli-report-written = { $pages ->
    [one] Your report is in { $path } (1 page). Print it or bring it to your next IMR meeting.
   *[other] Your report is in { $path } ({ $pages } pages). Print it or bring it to your next IMR meeting.
}
cli-report-needs-out = Say where the report should go, for example: stegvis report --out report.pdf. For a practitioner's system, use stegvis report --json.
cli-report-file-exists = There is already a file with that name. Choose another name, or add --force to replace it.
