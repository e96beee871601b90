# What saving and exporting a game says, in the notice line of the table or the debrief.
# $path and $folder are where on this machine; $problem is the system's reason.

files-no-folder = could not make the folder { $folder }: { $problem }
# $name is the save's name, as the player typed it.
files-saved-as = Saved as “{ $name }” ({ $path })
files-minutes-written = Minutes written to { $path }
files-minutes-failed = could not write the minutes to { $path }: { $problem }
files-class-result = A class game's result is kept by the class server: your teacher's results wall and gradebook have it.
files-no-result-yet = The talks are not over: there is no result to export yet.
files-result-written = Result written to { $path } — the Class results screen shows it; give this file to your teacher
