# Ord som bara iOS-skalet behöver (det iOS läser innan appen startar finns i InfoPlist.xcstrings, skrivet härifrån).
shell-ios-camera-purpose = Stegvis använder kameran bara för att läsa en delningskod från en annan telefon. Inget spelas in eller sparas.
shell-ios-open-failed = Stegvis kunde inte öppna dina uppgifter just nu. Om telefonen nyss startades om, lås upp den och öppna Stegvis igen.
shell-ios-problem-unknown = Något gick fel och inget ändrades. Försök igen.
shell-ios-share-file-kind = Stegvis-delningsfil
shell-ios-sharing-file-failed = Filen som skulle skickas kunde inte skapas på den här telefonen, så inget skickades. Ditt val är sparat.
