# Words only the iOS shell needs (what iOS reads before the app runs is in InfoPlist.xcstrings, written from these).
shell-ios-camera-purpose = Stegvis uses the camera only to read a sharing code from another phone. Nothing is recorded or saved.
shell-ios-open-failed = Stegvis could not open your data just now. If the phone was just restarted, unlock it and open Stegvis again.
shell-ios-problem-unknown = Something went wrong and nothing was changed. Please try again.
shell-ios-share-file-kind = Stegvis sharing file
shell-ios-sharing-file-failed = The file to send could not be made on this phone, so nothing was sent. Your choice is saved.
