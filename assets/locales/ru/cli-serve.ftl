# `portsmouth serve`: сообщения сервера класса в терминале.

cli-serve-no-threads = не удаётся запустить потоки сервера: { $error }
cli-serve-warning = предупреждение: { $warning }
cli-serve-this-machine = <адрес этого компьютера>
cli-serve-heading = Сервер класса Portsmouth 1905 — папка класса { $folder }
cli-serve-resumed = { $count ->
        [one] Возобновлён { $count } стол
        [few] Возобновлены { $count } стола
       *[many] Возобновлено { $count } столов
    } с того места, где остановились.
cli-serve-students = Ученикам: откройте игру, выберите «Войти в класс» и введите адрес { $address }
cli-serve-teacher = Панель учителя (никому не сообщайте ключ): { $link }
cli-serve-loopback = Сервер слушает только этот компьютер; чтобы подключились компьютеры класса, используйте --bind 0.0.0.0.
cli-serve-stopped = сервер остановился: { $error }

## Почему сервер не может запуститься, с подсказкой.

cli-serve-no-class-folder = не удаётся использовать папку класса { $folder }: { $error }
cli-serve-no-class-folder-help = подсказка: укажите через --dir DIR папку, в которую можно писать
cli-serve-no-scenarios-folder = не удаётся прочитать папку сценариев { $folder }: { $error }
cli-serve-no-scenarios-folder-help = подсказка: укажите папку с файлами сценариев через --scenarios DIR или задайте в PORTSMOUTH_DATA папку, где лежат `assets` и `scenarios`
cli-serve-no-scenario = из { $folder } не загружается ни один сценарий
cli-serve-no-scenario-help = подсказка: укажите папку с файлами сценариев через --scenarios DIR
cli-serve-cannot-open-db = не удаётся открыть базу данных класса { $path }: { $error }
cli-serve-cannot-open-db-help = подсказка: если файл повреждён, отложите его в сторону (класс начнётся пустым) или восстановите копию; возможно, файл использует другой сервер
cli-serve-cannot-read-db = не удаётся прочитать базу данных класса { $path }: { $error }
cli-serve-cannot-read-db-help = подсказка: отложите файл в сторону, чтобы начать пустой класс, или восстановите копию
cli-serve-cannot-listen = не удаётся слушать { $address }:{ $port }: { $error }
cli-serve-port-in-use-help = подсказка: этот порт занят другой программой (возможно, другим сервером класса): остановите её или выберите другой порт через --port
cli-serve-cannot-listen-help = подсказка: проверьте, что адрес, указанный в --bind, принадлежит этой машине, а порт в --port указан верно

## Файлы сценариев, которые сервер пропускает при запуске (выводятся как предупреждения).

cli-serve-scenario-twice = { $path }: сценарий с id «{ $id }» уже прочитан; этот файл пропущен
cli-serve-scenario-left-out = { $path }: пропущен, он не загружается: { $error }

## Пока идёт класс: что не так за столом, для учителя у терминала.
cli-serve-seat-stays-empty = стол { $table }: пустое место остаётся пустым: { $error }
cli-serve-computer-move-not-played = стол { $table }: ход компьютера не сделан: { $error }
cli-serve-table-left-out = стол { $table } ({ $name }) пропущен: { $error }

## Файлы перевода сценария, которые сервер пропускает (выводятся как предупреждения).
cli-serve-translation-does-not-load = { $file } не загружается на `{ $lang }`; используется исходный текст
cli-serve-translation-not-the-same = { $file } на `{ $lang }` отличается от сценария не только словами; используется исходный текст
