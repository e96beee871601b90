# Слова командной строки, общие для её команд (вывод, который уничтожил бы входной файл,
# файлы, которые не удалось записать), и сообщения команд, у которых их немного.

## Вывод

cli-output-cannot-write = { $flag } { $path }: сюда нельзя записать: { $error }
cli-output-cannot-write-help = подсказка: укажите имя файла в существующей папке (файл будет создан или заменён целиком)
cli-output-is-input = { $flag } { $path }: это { $what ->
        [scenario] файл сценария
        [base-scenario] базовый файл сценария
        [scenario-link] файл сценария
        [save] файл сохранения
       *[result] файл итога
    }, который читает команда ({ $input }); запись туда уничтожила бы его
cli-output-is-input-help = подсказка: дайте выводу другое имя
cli-output-is-other-output = { $flag } { $path }: это тот же файл, что и { $other_flag } { $other_path }; один перезаписал бы другой
cli-output-is-other-output-help = подсказка: дайте каждому выводу своё имя
cli-write-help = подсказка: проверьте, что на диске есть место и в папку можно писать; прежняя версия файла не изменилась
cli-could-not-write = не удалось записать { $path }: { $error }
cli-cannot-create = не удаётся создать { $path }: { $error }
cli-cannot-write = не удаётся записать { $path }: { $error }
cli-could-not-print = ошибка: не удалось вывести результат: { $error }
cli-could-not-print-help = подсказка: если вывод идёт в файл, освободите там место или направьте вывод в другое место; собственные файлы команды уже записаны
cli-results-written = Результаты записаны в { $path }
cli-time = Время: { $seconds } с
cli-side = { $side ->
        [Japan] Япония
       *[Russia] Россия
    }

## Окно игры

cli-game-lang = язык игры выбирается в её «Настройках» (при первом запуске — язык системы); --lang предназначен для подкоманд, например `portsmouth tour DIR --lang ja`
cli-no-window = В этой сборке нет окна (она собрана без функции `gui`). Команды без окна перечисляет `portsmouth --help`.
cli-open-lang = язык игры выбирается в её «Настройках» (при первом запуске — язык системы); --lang предназначен для подкоманд без окна
cli-tour-cannot-create = не удаётся создать папку { $folder }: { $error }
cli-tour-cannot-create-help = подсказка: укажите существующую папку или ту, которую можно создать

## portsmouth branch

cli-branch-heading = { $scenario } — зерно { $seed } — { $turns } { $turns ->
        [one] ход
        [few] хода
       *[many] ходов
    }
cli-branch-turn = заседание { $session } ({ $date }), { $side ->
        [Japan] Япония
       *[Russia] Россия
    }:
cli-branch-how = Ветвь перед ходом создаётся так: portsmouth branch { $save } --turn N --out what-if.ron
cli-branch-no-out = укажите, куда записать ветвь: --out FILE.ron
cli-branch-no-such-turn = --turn { $turn }: в игре ходы с 1 по { $last }
cli-branch-written = Вариант «что, если» записан в { $path }: заседание { $session }, { $side ->
        [Japan] Япония
       *[Russia] Россия
    } заново решает ход { $turn }. Откройте его командой `portsmouth open { $path }`.

## portsmouth export

cli-export-nothing-asked = укажите, что записать: --minutes FILE.md, --result FILE.ron (или .json) или и то и другое
cli-export-minutes-written = Протокол записан в { $path }
cli-export-result-written = Итог записан в { $path }
cli-export-not-over = { $path }: игра ещё не окончена (заседание { $session }), поэтому итога у неё нет; сначала доиграйте её до конца

## portsmouth replay

cli-replay-heading = { $scenario } — зерно { $seed }
cli-replay-seats = Япония ({ $japan_title }): { $japan ->
        [human] игрок
       *[computer] компьютер ({ $japan_agent })
    }. Россия ({ $russia_title }): { $russia ->
        [human] игрок
       *[computer] компьютер ({ $russia_agent })
    }.
cli-replay-saved-in = Игра сохранена на заседании { $session } из { $sessions }; { $side ->
        [Japan] ход Японии
        [Russia] ход России
       *[nobody] ходить некому
    }.

## portsmouth watch

cli-watch-did-not-end = игра не закончилась
cli-watch-heading = { $scenario } — { $japan } (Япония) против { $russia } (Россия), зерно { $seed }
cli-watch-refused = примечание: правила отклонили { $count } { $count ->
        [one] ход
        [few] хода
       *[many] ходов
    } агента; вместо них он пропустил ход
cli-watch-saved = Сохранено в { $path }

## portsmouth translate

cli-translate-no-lang = укажите, на какой язык переводить: --lang ja, ru или da (en — для собственных английских формулировок)
cli-translate-exists = { $path } уже существует; в нём может быть перевод, поэтому он оставлен как есть
cli-translate-exists-help = подсказка: укажите другое имя через --out или --force, чтобы заменить файл
cli-translate-written = { $path }: { $fields } { $fields ->
        [one] поле
        [few] поля
       *[many] полей
    } из { $scenario } для перевода на язык «{ $language }»

## portsmouth wall

cli-wall-left-off = (этот файл не попадает на стену итогов)
cli-wall-no-results = { $folder }: нет итогов для показа; экспортируйте итоги из разбора игры или создайте их командой `portsmouth simulate --results-dir { $folder }`
cli-wall-no-results-for = { $folder }: нет итогов сценария «{ $scenario }»; экспортируйте итоги из разбора игры или создайте их командой `portsmouth simulate --results-dir { $folder }`
cli-wall-not-png = --out { $path }: картинка сохраняется в PNG; укажите имя с окончанием .png
cli-wall-no-window = --out { $path }: в этой сборке нет окна (она собрана без функции `gui`), поэтому стену нарисовать нельзя; цифры выведены выше

## portsmouth loadtest

cli-loadtest-no-key = нагрузочный тест открывает столы через API учителя, и ему нужен ключ учителя
cli-loadtest-no-key-help = подсказка: укажите --key KEY (часть key= ссылки на панель, которую выводит `portsmouth serve`), задайте PORTSMOUTH_TEACHER_KEY или укажите папку класса сервера через --dir DIR
cli-loadtest-no-runtime = не удаётся запустить среду выполнения нагрузочного теста: { $error }
cli-loadtest-unfinished = { $unfinished } из { $games } { $games ->
        [one] игры
       *[many] игр
    } не { $unfinished ->
        [one] завершилась
       *[many] завершились
    }

# What is wrong with an option's value: $flag is the option (--level), $problem what is wrong, already in the language.
cli-option-problem = { $flag }: { $problem }

## `portsmouth loadtest`: почему он не может работать.

cli-loadtest-no-database = { $path } не существует: укажите папку, с которой был запущен сервер (--dir)
cli-loadtest-cannot-read-key = не удаётся прочитать ключ учителя из { $path }: { $error }
cli-loadtest-too-few-tables = сервер открыл столов: { $made } из запрошенных { $asked }
cli-loadtest-no-tokens = стол { $table } пришёл без жетонов двух мест агентов
cli-loadtest-no-tables = --tables должно быть не меньше 1
cli-loadtest-bad-url = { $url }: это не адрес сервера класса (укажите http://HOST:PORT или ws://HOST:PORT/ws)
cli-loadtest-cannot-reach = не удаётся связаться с { $server }: { $error }
cli-loadtest-timeout = { $path }: нет ответа за { $timeout }
cli-loadtest-broken-answer = { $path }: испорченный ответ HTTP
cli-loadtest-status = { $path }: сервер ответил { $status }: { $body }
cli-loadtest-not-understood = { $path }: ответ, непонятный нагрузочному тесту: { $error }

## `portsmouth loadtest`: отчёт, по одному показателю в строке.

cli-loadtest-report-tables = столов: { $tables }
cli-loadtest-report-finished = завершено игр: { $finished } из { $tables }
cli-loadtest-report-moves = ходов: { $moves } (отклонено: { $refused })
cli-loadtest-report-round-trip = время ответа: p50 { $p50 } мс, p99 { $p99 } мс, максимум { $max } мс
cli-loadtest-report-wall-time = общее время: { $seconds } с
cli-loadtest-report-cpu = время процессора сервера: { $value }
cli-loadtest-report-memory = пиковая память сервера: { $value }
cli-loadtest-report-seconds = { $seconds } с
cli-loadtest-report-megabytes = { $megabytes } МБ
cli-loadtest-report-unknown = неизвестно (сервер не на этой машине)
cli-loadtest-report-stopped = игроков остановилось раньше времени: { $count } (первая причина: { $failure })
cli-loadtest-failure-cannot-connect = не удаётся подключиться к { $url }: { $reason }
cli-loadtest-failure-silent = сервер молчал { $seconds } с
cli-loadtest-failure-lost = соединение потеряно: { $reason }
cli-loadtest-loss-closed = закрыто
cli-loadtest-loss-closed-by-server = сервер закрыл соединение
cli-loadtest-loss-dropped = разорвано намеренно
cli-loadtest-failure-unknown-frame = кадр, которого нет в протоколе: { $reason }: { $frame }
cli-loadtest-failure-turn-before-settings = YourTurn пришёл раньше Settings
cli-loadtest-failure-pass-refused = отклонён даже пропуск хода: { $kind }: { $message }
cli-loadtest-failure-seat-taken = место отдано другому: { $reason }
cli-loadtest-failure-crashed = сбой игрока: { $reason }
