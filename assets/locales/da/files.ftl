# What saving and exporting a game says, in the notice line of the table or the debrief.
# $path and $folder are where on this machine; $problem is the system's reason.

files-no-folder = kunne ikke oprette mappen { $folder }: { $problem }
# $name is the save's name, as the player typed it.
files-saved-as = Gemt som “{ $name }” ({ $path })
files-minutes-written = Referatet er skrevet til { $path }
files-minutes-failed = kunne ikke skrive referatet til { $path }: { $problem }
files-class-result = Resultatet af et klassespil gemmes af klassens server: din lærers resultattavle og karakterbog har det.
files-no-result-yet = Forhandlingerne er ikke slut: der er endnu intet resultat at eksportere.
files-result-written = Resultatet er skrevet til { $path } – skærmen Klassens resultater viser det; giv denne fil til din lærer
