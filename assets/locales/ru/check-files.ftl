# What `portsmouth check`, the loaders and the game say about a file a user wrote or was
# given: a scenario, a save, a result, the settings. The place (file:line:column) and the
# rule's name in [brackets] are printed as they are, for editors and searches.

## The frame of every message: "error[rule]: …", "help: …".

check-error = ошибка
check-warning = предупреждение
check-help = подсказка

## Reading a file. $file is one of the check-files-the-* phrases; $problem the system's reason.

check-files-the-scenario-file = файл сценария
check-files-the-save-file = файл сохранения
check-files-the-result-file = файл результата
check-files-the-translation-file = файл перевода
check-files-the-settings-file = файл настроек
check-files-cannot-open = не удаётся открыть { $file }: { $problem }
check-files-cannot-open-help = проверьте путь; `portsmouth check scenarios/*.ron` перечисляет сценарии, входящие в игру
check-files-cannot-read = не удаётся прочитать { $file }: { $problem }
check-files-cannot-read-help = проверьте права доступа к файлу
# $kib is the limit in KiB.
check-files-too-large = { $file } больше { $kib } КиБ
check-files-too-large-help = этот файл записан не игрой; проверьте, тот ли файл вы открыли
# $offset is where the first bad byte is, counted from 0.
check-files-not-utf8 = { $file } не является текстом в UTF-8 (недопустимый байт на позиции { $offset })
check-files-not-utf8-help = сохраните его в редакторе в кодировке UTF-8
# $name is a scenario file's name.
check-files-not-embedded = `{ $name }` нет среди встроенных файлов
check-files-not-embedded-help = сохранение неполное; загрузите вместо него сам файл сценария

## A file of another kind. $found and $expected are check-files-kind-* phrases;
## $instead is one of the check-files-use-* sentences.

check-files-kind-scenario = файл сценария
check-files-kind-save = файл сохранённой игры
check-files-kind-result = файл результата партии
check-files-kind-markdown = текст Markdown (например, экспортированный протокол партии)
check-files-kind-games-table = файл таблицы смоделированных партий (JSON)
check-files-kind-csv = файл таблицы CSV (например, вывод `simulate` или `tournament`)
check-files-use-scenario = Чтобы использовать этот файл, проверьте его командой `portsmouth check FILE` или сыграйте его командой `portsmouth watch --scenario FILE`.
check-files-use-save = Чтобы использовать этот файл, выведите его командой `portsmouth replay FILE` или откройте в игре командой `portsmouth open FILE`.
check-files-use-result = Чтобы использовать этот файл, покажите его вместе с другими в итогах класса: `portsmouth wall FOLDER`.
check-files-use-none = Этот файл программа записала для чтения людьми (в редакторе или электронной таблице); обратно она его не читает.
check-files-wrong-kind = это { $found }, а не { $expected }
check-files-wrong-kind-help = укажите здесь { $expected }. { $instead }

## A scenario file's shape. $found is a check-found-* phrase.

check-files-schema-missing-help = добавьте поле; в docs/scenario-format.md перечислены все поля с примерами
check-files-schema-unknown-help = сверьте написание с docs/scenario-format.md
check-files-schema-help = что содержит это поле, см. в docs/scenario-format.md
check-files-not-a-scenario = ожидалось `Scenario(...)`; найдено: { $found }
check-files-not-a-scenario-help = файл сценария содержит один `Scenario(...)`; см. docs/scenario-format.md
check-files-base-not-a-name = `base` должно быть именем файла в двойных кавычках; найдено: { $found }
check-files-base-not-a-name-help = напишите, например, `base: "portsmouth-1905.ron"`
# $name is the base file named; $count the most base files a chain may have.
check-files-base-chain = с `{ $name }` цепочка базовых файлов замкнётся или превысит { $count ->
        [one] { $count } файл
        [few] { $count } файла
       *[many] { $count } файлов
    }
check-files-base-chain-help = альтернативный сценарий должен расширять исторический файл напрямую

## Saves. $problem is the system's reason or a check-syntax message; $side a side's name
## (narrate-side-japan, narrate-side-russia).

# $kib is the size the save would have; $most the most a save may hold, both in KiB.
check-save-too-large = эту игру нельзя сохранить: вместе с файлами сценария она заняла бы { $kib } КиБ, больше допустимых для сохранения { $most } КиБ
check-save-too-large-help = файлы сценария необычно велики; сократите их тексты, чтобы сохранять партии по нему
check-save-failed = не удалось сохранить игру: { $problem }
check-save-failed-help = проверьте, есть ли место на диске и можно ли писать в папку; прежнее сохранение, если оно было, не изменилось
# $format is the save's format number; $newest the newest this version reads.
check-save-newer = эта игра сохранена более новой версией Portsmouth 1905 (формат сохранения { $format }; эта версия читает форматы до { $newest })
check-save-newer-help = обновите игру, чтобы открыть её; файл не изменён
check-save-damaged = файл сохранения повреждён: { $problem }
check-save-damaged-unreadable-help = после сохранения файл изменили или он обрезан; загрузите более раннее сохранение
check-save-damaged-schema-help = после сохранения файл изменили; загрузите более раннее сохранение
check-save-no-scenario = в сохранении нет сценария
check-save-no-scenario-help = загрузите более раннее сохранение
# $file is the scenario file's name; the scenario's own error is printed on the next line.
check-save-scenario-does-not-load = сценарий, хранящийся в этом сохранении (его собственная копия `{ $file }`, сделанная в начале игры; файл с этим именем на диске не читается), не загружается:
check-save-scenario-does-not-load-help = копию внутри сохранения правили вручную или она повреждена: загрузите более раннее сохранение или начните новую игру из файла сценария
check-save-digest = сценарий в этом сохранении отличается от того, с которым игру сохранили
check-save-edited-help = сохранение правили вручную или оно повреждено; загрузите более раннее сохранение
check-save-turn-help = сохранение правили вручную или оно повреждено; загрузите более раннее сохранение или создайте ответвление до этого хода командой `portsmouth branch`
check-save-limits-help = сохранение правили вручную или оно повреждено; загрузите более раннее сохранение (ходы не пострадали: если удалить `limits`, игра определит пределы заново)
# $problem is check-save-turn.
check-save-origin = исходная игра этого «что если» не воспроизводится: { $problem }
# $field is the field's name in the save; $stored and $drawn are numbers or check-save-limit-*.
check-save-limits = скрытые пределы компьютерной делегации (сторона: { $side }), записанные в `limits.{ $field }`, не совпадают с определёнными в этой игре: записано { $stored }, определено { $drawn }
check-save-limit-none = нет
check-save-limit-some = есть
# $index is the session's index, counted from 0.
check-save-limit-session = заседание с индексом { $index }
# $turn and $session are counted from 1; $why is the reason (a refusal, or one of the messages below).
check-save-turn = ход { $turn } (сторона: { $side }, заседание { $session }) не воспроизводится: { $why }
check-save-unsaid = сказанное делегацией при этом ходе (`said`) ссылается на то, чего в этом сценарии нет
# $article, $id, $scenario are ids as the save writes them.
check-save-in-two-packages = статья `{ $article }` входит в два пакета
check-save-session-zero = заседания нумеруются с 1
check-save-no-article = в сценарии `{ $scenario }` нет статьи `{ $id }`
check-save-no-option = у статьи `{ $article }` нет варианта `{ $id }`
check-save-no-press = у стороны «{ $side }» нет заявления для прессы `{ $id }`
check-save-no-red-line = у стороны «{ $side }» нет красной линии `{ $id }`

## A game's result file, and a folder of them for the class wall.

# $kib is the size the result would have; $most the most a result file may hold, both in KiB.
check-result-too-large = этот результат занял бы { $kib } КиБ, больше допустимых для файла результата { $most } КиБ
check-result-too-large-help = названия и подписи сценария необычно длинны; сократите их
# $problem is the system's reason.
check-result-not-written = не удалось записать результат: { $problem }
check-result-not-written-help = проверьте, есть ли место на диске и можно ли писать в папку
# $problem is a check-syntax message.
check-result-unreadable = это не читаемый файл результата: { $problem }
check-result-bad-help = экспортируйте результат заново из игры или командой `portsmouth simulate --results-dir` либо уберите файл из папки
# $format is the file's format number; $newest the newest this version reads.
check-result-newer = этот результат записан более новой версией Portsmouth 1905 (формат результата { $format }; эта версия читает форматы до { $newest })
check-result-newer-help = обновите игру, чтобы прочитать его
# $article is the article's title as the file writes it; $count how many options it has.
check-result-option-beyond = статья «{ $article }» ссылается на вариант, которого нет: вариантов у неё { $count }
check-wall-unreadable-folder = не удаётся прочитать папку результатов: { $problem }
check-wall-unreadable-folder-help = укажите папку с файлами результатов (.ron или .json), например записанную командой `portsmouth simulate --results-dir`
# $count is how many result files the folder holds.
check-wall-too-many-files = в папке { $count ->
        [one] { $count } файл
        [few] { $count } файла
       *[many] { $count } файлов
    } результатов
# $mib is their size in MiB.
check-wall-too-many-bytes = файлы результатов в папке занимают { $mib } МиБ
# $files and $mib are the most a wall reads.
check-wall-too-many-help = итоги класса читают не больше { $files } файлов и { $mib } МиБ; сложите результаты каждого класса или прогона в отдельную папку

## The system's reason for a failed read or write. (English shows the system's own words.)

check-io-not-found = нет такого файла или папки
check-io-permission-denied = доступ запрещён
check-io-is-a-directory = это папка
check-io-storage-full = на диске не осталось места
check-io-read-only = файловая система доступна только для чтения
check-io-not-a-directory = это не папка
check-io-address-in-use = адрес уже используется
check-io-address-not-available = не удаётся назначить запрошенный адрес
check-io-connection-refused = в соединении отказано
check-io-not-regular = это { $kind ->
        [folder] папка
        [fifo] именованный канал (FIFO)
        [device] устройство
        [socket] сокет
       *[other] что-то иное
    }, а не обычный файл
check-io-link-loop = слишком много уровней символических ссылок
check-io-not-a-file-name = это не имя файла
check-io-not-a-folder = { $folder } — не папка
check-io-no-folder = папки { $folder } не существует
