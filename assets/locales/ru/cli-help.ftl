# Справка командной строки: описание программы и каждой подкоманды, справка по каждому
# аргументу (cli-help-<подкоманда>-<аргумент>), собственные флаги и заголовки clap, ошибки
# в аргументах. Параметры (--out), значения (japan, csv), имена файлов и команды в
# `обратных кавычках` набирает пользователь: оставьте их как есть.

## portsmouth

cli-help-about = Портсмут 1905: переговоры о завершении Русско-японской войны за Комуру Дзютаро или Сергея Витте
    .long =
        Портсмут 1905: переговоры о завершении Русско-японской войны за Комуру Дзютаро или Сергея Витте.

        Без подкоманды игра открывается в окне. Подкоманды работают без дисплея.
cli-help-lang = Язык вывода, а также текстов сценария, если есть перевод: en, ja, ru, da или pseudo (по умолчанию — язык системы, иначе английский)

## portsmouth check

cli-help-check-about = Проверить файлы сценариев; вывести каждую ошибку с указанием файл:строка:столбец (код выхода 1 при любой ошибке)
cli-help-check-files = Файлы сценариев (.ron)
cli-help-check-quiet = Выводить только ошибки
cli-help-check-analysis = Также вывести анализ торга: резервные значения, договор по Нэшу, договор 1905 года

## portsmouth translate

cli-help-translate-about = Записать шаблон перевода сценария: каждое текстовое поле с его текстом, для перевода
cli-help-translate-scenario = Файл сценария (.ron)
cli-help-translate-out = Куда записать шаблон (по умолчанию — <scenario>.<lang>.ftl рядом со сценарием)
cli-help-translate-force = Заменить существующий файл (в нём может быть перевод — он будет потерян)

## portsmouth simulate

cli-help-simulate-about = Сыграть много игр между компьютерными делегациями и сообщить об исходах
cli-help-simulate-scenario = Файл сценария
cli-help-simulate-japan = Агент за Японию
cli-help-simulate-russia = Агент за Россию
cli-help-simulate-games = Число игр
cli-help-simulate-seed = Зерно прогона (игра i использует выведенное из него зерно); если не указано, выводится новое
cli-help-simulate-out = Записать в этот файл по строке на игру (.csv или .json)
cli-help-simulate-results-dir = Записать в эту папку по файлу итога на игру (для `portsmouth wall`)
cli-help-simulate-threads = Потоки (по умолчанию или 0 — по одному на ядро); результаты от этого не зависят

## portsmouth tournament

cli-help-tournament-about = Каждый агент против каждого, в обеих ролях; строка CSV на каждую пару и таблица
cli-help-tournament-scenario = Файл сценария
cli-help-tournament-games = Игр на пару
cli-help-tournament-seed = Зерно прогона; если не указано, выводится новое
cli-help-tournament-out = Записать в этот CSV-файл по строке на пару
cli-help-tournament-agents = Участвующие агенты через запятую (по умолчанию — все)
cli-help-tournament-threads = Потоки (по умолчанию или 0 — по одному на ядро)

## portsmouth redteam

cli-help-redteam-about = Заранее заданные стратегии против компьютерного делегата, в обеих ролях и на каждом уровне, рядом с игрой делегата против самого себя; строка CSV на каждую стратегию, сторону и уровень
cli-help-redteam-scenario = Файл сценария
cli-help-redteam-level = Уровни сложности делегата через запятую (по умолчанию — все уровни сценария)
cli-help-redteam-side = Сторона, за которую играют стратегии: japan, russia или both
cli-help-redteam-games = Игр на стратегию, сторону и уровень (одни и те же зёрна для каждой стратегии)
cli-help-redteam-seed = Зерно прогона (игра i использует выведенное из него зерно)
cli-help-redteam-out = Записать в этот CSV-файл по строке на стратегию, сторону и уровень
cli-help-redteam-small = Несколько параметров на семейство вместо полной сетки
cli-help-redteam-threads = Потоки (по умолчанию или 0 — по одному на ядро); результаты от этого не зависят

## portsmouth watch

cli-help-watch-about = Посмотреть одну игру между компьютерными делегациями: её стенограмму и разбор
cli-help-watch-scenario = Файл сценария
cli-help-watch-japan = Агент за Японию
cli-help-watch-russia = Агент за Россию
cli-help-watch-seed = Зерно; если не указано, выводится новое
cli-help-watch-save = Сохранить игру в этот файл (RON) — для `replay` или чтобы открыть в игре
cli-help-watch-viewer = Показывать только то, что видела одна делегация: japan или russia

## portsmouth replay

cli-help-replay-about = Вывести стенограмму (и разбор) сохранённой игры
cli-help-replay-save = Файл сохранения

## portsmouth export

cli-help-export-about = Записать протокол сохранённой игры в Markdown и её итог в файл (RON или JSON)
cli-help-export-save = Файл сохранения
cli-help-export-minutes = Протокол (заседания, предложения, ответы с причинами, события, договор, 1905 год) в Markdown
cli-help-export-result = Итог (сценарий, стороны, зерно, условия, полезности, исход): .ron или .json

## portsmouth estimate

cli-help-estimate-about = Как другая делегация, вероятно, примет проект в сохранённой игре и что нужно, чтобы она подписала сейчас
cli-help-estimate-save = Файл сохранения (незаконченная игра: `portsmouth branch` делает её из любой игры)
cli-help-estimate-side = Делегация, чей это проект: japan или russia (по умолчанию — та, чей ход)
cli-help-estimate-draft = Условия проекта в виде статья=вариант, например --draft korea=free_hand,sakhalin=south (по умолчанию — предложение делегации на столе переговоров)
cli-help-estimate-coarse = Более грубая оценка, которую стол переговоров даёт на самом трудном уровне

## portsmouth branch

cli-help-branch-about = Что если: перечислить ходы сохранённой игры или ответвить её перед одним ходом в новое сохранение
cli-help-branch-save = Файл сохранения
cli-help-branch-turn = Ход, который решить иначе (с 1, как в списке); без него ходы перечисляются
cli-help-branch-out = Файл сохранения ответвления (откройте его командой `portsmouth open`)

## portsmouth wall

cli-help-wall-about = Стена результатов класса по папке файлов итогов: исходы, разброс по каждой статье и кто сыграл лучше или хуже 1905 года. Выводится на экран; с --out также рисуется картинкой
cli-help-wall-folder = Папка файлов итогов (.ron или .json)
cli-help-wall-scenario = Показать результаты этого сценария (по умолчанию — сценария, к которому относится больше всего итогов)
cli-help-wall-out = Нарисовать стену в этот PNG-файл (ненадолго открывается окно; нужен дисплей)

## portsmouth serve

cli-help-serve-about = Сервер класса: столы переговоров учеников, компьютерных делегаций и внешних агентов в сети, панель учителя в браузере; класс хранится в DIR/class.sqlite
cli-help-serve-port = Порт для прослушивания
cli-help-serve-bind = Адрес для прослушивания: 127.0.0.1 — только эта машина, 0.0.0.0 — вся сеть
cli-help-serve-dir = Папка класса: в ней хранится его база данных (class.sqlite), и там же она находится в следующий раз
cli-help-serve-scenarios = Папка файлов сценариев, по которым учитель может открывать столы переговоров (по умолчанию — сценарии самой игры, откуда бы ни запускался сервер)

## portsmouth loadtest

cli-help-loadtest-about = Нагрузочный тест работающего сервера класса: N столов переговоров, за каждым два клиента протокола играют до конца; число законченных игр, время прохождения ходов, процессорное время и пиковая память сервера
cli-help-loadtest-url = Сервер класса: http://HOST:PORT (подходят и ws://HOST:PORT/ws, и HOST:PORT)
cli-help-loadtest-tables = Сколько столов переговоров открыть; за каждым два места внешних агентов, которые занимает нагрузочный тест
cli-help-loadtest-key = Ключ учителя (`portsmouth serve` выводит его в ссылке на панель); иначе переменная окружения PORTSMOUTH_TEACHER_KEY, иначе читается из --dir
cli-help-loadtest-dir = Папка класса сервера (его --dir), чтобы прочитать ключ учителя из его базы данных, когда сервер работает на этой машине
cli-help-loadtest-scenario = Идентификатор сценария на сервере
cli-help-loadtest-seed = Одно зерно для всех столов (по умолчанию сервер выбирает зерно для каждого стола)
cli-help-loadtest-pid = Идентификатор процесса сервера, чтобы его измерить (по умолчанию — процесс, слушающий порт, если сервер на этой машине)
cli-help-loadtest-json = Вывести одну строку JSON вместо текстового отчёта

## portsmouth open

cli-help-open-about = Открыть игру за столом переговоров сохранённой игры (например, позиции, подготовленной учителем)
cli-help-open-save = Файл сохранения
cli-help-open-measure-frames = Непрерывно перерисовывать столько кадров, вывести время кадров и выйти (для измерения)

## portsmouth tour

cli-help-tour-about = Открыть игру, сохранить картинку каждого экрана в DIR и выйти
cli-help-tour-dir = Папка для картинок (создаётся, если её нет)

## Собственные флаги, подкоманда и заголовки clap

cli-help-builtin-help = Вывести справку
cli-help-builtin-help-more = Вывести справку (подробнее — '--help')
cli-help-builtin-help-summary = Вывести справку (кратко — '-h')
cli-help-builtin-version = Вывести версию
cli-help-with-default = { $help } [по умолчанию: { $value }]
cli-help-builtin-help-command = Вывести это сообщение или справку по указанным подкомандам
cli-help-heading-usage = Использование
cli-help-heading-commands = Команды
cli-help-heading-arguments = Аргументы
cli-help-heading-options = Параметры

## Ошибки в аргументах

cli-help-error = ошибка: { $message }
cli-help-error-quoted = «{ $text }»
# Between the names of a list of possibilities.
cli-help-error-list-separator = { ", " }
cli-help-error-unknown-argument = неожиданный аргумент { $argument }
cli-help-error-unknown-subcommand = неизвестная подкоманда { $subcommand }
cli-help-error-missing = не { $count ->
        [one] указан обязательный аргумент
       *[other] указаны обязательные аргументы
    }:
cli-help-error-value-required = для { $argument } нужно значение, но оно не указано
cli-help-error-invalid-value = недопустимое значение { $value } для { $argument }
cli-help-error-possible-values = [возможные значения: { $values }]
cli-help-error-invalid-value-because = недопустимое значение { $value } для { $argument }: { $reason }
cli-help-error-unknown-lang = укажите en, ja, ru, da или pseudo
cli-help-error-choose-side = укажите japan или russia
cli-help-error-choose-side-or-both = укажите japan, russia или both
cli-help-error-unknown-agent = неизвестный агент; укажите один из: { $agents } или delegate:<level> для одного из уровней сложности сценария
cli-help-error-not-a-number = не целое число в допустимых пределах
cli-help-error-not-an-address = это не IP-адрес (например, 127.0.0.1 или 0.0.0.0 для всех сетей)
cli-help-error-out-of-range = вне диапазона { $range }
cli-help-error-repeated = аргумент { $argument } нельзя указывать несколько раз
cli-help-error-conflict = аргумент { $argument } нельзя использовать вместе с { $others }
cli-help-error-unexpected-value = неожиданное значение { $value } для { $argument }; больше значений не ожидалось
cli-help-error-similar = подсказка: { $what ->
        [subcommand] { $count ->
            [one] есть похожая подкоманда
           *[other] есть похожие подкоманды
        }
        [argument] { $count ->
            [one] есть похожий аргумент
           *[other] есть похожие аргументы
        }
       *[value] { $count ->
            [one] есть похожее значение
           *[other] есть похожие значения
        }
    }: { $names }
cli-help-error-tip = подсказка: { $tip }
cli-help-error-tip-as-value = подсказка: чтобы передать { $value } как значение, используйте { $instead }
cli-help-error-try-help = Подробнее: '{ $flag }'.
