# safety: reading back what could be read, and the terminal's contract.

error-damaged-record = Something you saved could not be read back. The rest is safe; this one entry is left out.
unreadable-records = { $count ->
    [one] 1 entry could not be read and is not shown.
   *[other] { $count } entries could not be read and are not shown.
}
unreadable-plan-versions = { $count ->
    [one] The newest version of your plan could not be read. Your plan shows the newest version that could.
   *[other] { $count } versions of your plan could not be read. Your plan shows the newest version that could.
}
unreadable-settings = Your reminder settings could not be read, so the defaults are used. Set them again to keep them.

cli-usage-unknown = { $arg } is not something this command takes. Run the command with --help to see what it takes.
cli-usage-missing = { $arg } is missing. Run the command with --help to see what it needs.
cli-usage-missing-command = { $arg } needs a command after it. Run { $arg } --help to see them.
cli-usage-invalid = { $arg }: this value does not fit. Run the command with --help to see what it takes.
cli-usage-negative = { $arg }: use a number of 0 or more.
cli-usage-other = The command was not understood. Run stegvis --help to see what it takes.
