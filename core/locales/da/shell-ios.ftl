# Ord som kun iOS-skallen har brug for (det iOS læser, før appen starter, står i InfoPlist.xcstrings, skrevet herfra).
shell-ios-camera-purpose = Stegvis bruger kun kameraet til at læse en delingskode fra en anden telefon. Intet bliver optaget eller gemt.
shell-ios-open-failed = Stegvis kunne ikke åbne dine data lige nu. Hvis telefonen lige er blevet genstartet, så lås den op og åbn Stegvis igen.
shell-ios-problem-unknown = Noget gik galt, og intet blev ændret. Prøv igen.
shell-ios-share-file-kind = Stegvis-delingsfil
shell-ios-sharing-file-failed = Filen, der skulle sendes, kunne ikke laves på denne telefon, så intet blev sendt. Dit valg er gemt.
