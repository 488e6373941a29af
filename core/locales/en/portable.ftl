## Export, import on a new phone, and erasing everything.

field-passphrase = Passphrase
field-export-path = Export file or folder
reason-too-short = please use at least { $min } characters.
hint-passphrase = Choose a passphrase of at least 8 characters that you will remember, for example four words.
hint-export-path = Give the path of the file or folder, for example ~/stegvis-export.

error-import-wrong-passphrase-or-changed = The passphrase is wrong, or the file was changed. Nothing was restored; try the passphrase again.
error-import-not-an-export = This file is not a Stegvis export. Nothing was restored.
error-import-truncated = This export is cut off: it was not copied completely. Copy it again and retry. Nothing was restored.
error-import-newer-version = This export was made by a newer version of Stegvis. Please update the app first. Nothing was restored.
error-import-older-version = This export was made by an older version of Stegvis, which this version cannot restore yet. Nothing was restored.
error-import-too-demanding = This file asks for more memory or time than a phone should spend on it, so it was not opened. Nothing was restored.
error-import-folder-not-empty = This place already holds data. An export is only restored where nothing is stored yet, so nothing is mixed or overwritten.
error-import = The export could not be restored. Nothing was restored.
error-erased = Everything was erased. Open Stegvis again to start fresh.

export-readable-warning = These files are NOT encrypted. Anyone who gets them can read everything you wrote. Keep them somewhere safe and delete them when you are done.

cli-passphrase-prompt = Passphrase for the export:
cli-passphrase-again = Type the passphrase again:
cli-passphrase-mismatch = The two passphrases were not the same. Nothing was written.
cli-passphrase-needs-terminal = A passphrase is needed. Run this in a terminal, or set STEGVIS_PASSPHRASE for scripts.
cli-passphrase-remember = Keep the passphrase safe: without it, nobody can open this file, not even you.
cli-export-done = Everything is saved in { $path }, encrypted with your passphrase ({ $records ->
    [one] 1 record
   *[other] { $records } records
}).
cli-export-unreadable = { $count ->
    [one] 1 record could not be read and was left out.
   *[other] { $count } records could not be read and were left out.
}
cli-readable-done = Readable copies of your records are in { $dir }.
cli-import-done = Your data is back: { $records ->
    [one] 1 record
   *[other] { $records } records
} restored into { $dir }.
cli-erase-word = erase
cli-erase-explain = This removes everything Stegvis keeps in { $dir }: all goals, signs, check-ins, your plan, medicines and the key. It cannot be undone. Make an export first if you want to keep anything.
cli-erase-prompt = To erase everything, type “{ $word }”:
cli-erase-cancelled = Nothing was erased.
cli-erase-needs-terminal = Erasing needs you to confirm in a terminal, or --yes for scripts. Nothing was erased.
cli-erase-done = Everything is erased. Nothing of yours is left in { $dir }.
