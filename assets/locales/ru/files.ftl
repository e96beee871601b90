# What saving and exporting a game says, in the notice line of the table or the debrief.
# $path and $folder are where on this machine; $problem is the system's reason.

files-no-folder = не удалось создать папку { $folder }: { $problem }
# $name is the save's name, as the player typed it.
files-saved-as = Сохранено как «{ $name }» ({ $path })
files-minutes-written = Протокол записан в { $path }
files-minutes-failed = не удалось записать протокол в { $path }: { $problem }
files-class-result = Результат игры класса хранит сервер класса: он есть в таблице результатов и журнале вашего учителя.
files-no-result-yet = Переговоры не окончены: экспортировать пока нечего.
files-result-written = Результат записан в { $path } — его показывает экран «Результаты класса»; отдайте этот файл учителю
