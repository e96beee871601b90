# The teacher's dashboard and presenter view in the browser (src/net/dashboard). The pages'
# scripts fill the variables; a message with $count has a form per plural category.
# $table: a table's name; $side: Japan or Russia; $delegate: Komura or Witte; $time: a
# duration such as 1:15 or a time of day; $name: a student's or agent's name.

## The pages

dashboard-page-title = Portsmouth 1905 — класс
dashboard-skip = Перейти к столам
dashboard-subtitle = — класс
dashboard-languages = Языки
dashboard-connecting = Подключение к серверу класса…
dashboard-whole-class = Весь класс
dashboard-pause = Приостановить все столы
dashboard-resume = Возобновить все столы
dashboard-turn-minutes = Время на ход (минуты)
dashboard-no-limit = Без ограничения
dashboard-set-time = Установить время
dashboard-gradebook = Скачать ведомость (CSV)
dashboard-new-tables = Новые столы
dashboard-scenario = Сценарий
dashboard-loading-scenarios = Загрузка сценариев…
dashboard-japan-seat = Япония (Комура)
dashboard-russia-seat = Россия (Витте)
dashboard-how-many = Сколько столов
dashboard-seed = Зерно
dashboard-seed-hint = (необязательно: то же зерно — та же партия)
dashboard-empty-seat = Пустое место — компьютеру через (минуты)
dashboard-empty-seat-hint = (считая с момента, когда занято другое место; пусто — никогда)
dashboard-name = Название
dashboard-optional = (необязательно)
dashboard-create = Создать
dashboard-tables = Столы
dashboard-no-tables = Столов пока нет: создайте их выше, затем сообщите каждой паре её код.
dashboard-wall = Итоги класса
dashboard-wall-none = Ни один стол ещё не закончил.

## The connection and the server's answers

dashboard-live = На связи
dashboard-updated = — обновлено в { $time }
dashboard-figures-from = — данные ниже на { $time }
dashboard-reconnecting = Переподключение…
dashboard-refused = Нет подключения: ключ отклонён
dashboard-no-key = Нет подключения: нет ключа учителя
dashboard-needs-key = Для этой страницы нужен ключ учителя: откройте ссылку на панель, которую сервер вывел при запуске (…/teacher?key=…).
dashboard-no-answer = Сервер класса не отвечает. Работает ли он ещё и находится ли этот компьютер в его сети?
dashboard-key-refused = Сервер отклонил ключ учителя. Откройте ссылку на панель, которую сервер вывел при запуске.
# $reason: the server's own words.
dashboard-key-refused-because = Сервер отклонил ключ учителя: { $reason }. Откройте ссылку на панель, которую сервер вывел при запуске.
# $status: the HTTP status, such as "500 Internal Server Error".
dashboard-server-answered = Ответ сервера: { $status }.

## The whole class

dashboard-tables-count = { $count ->
    [one] { $count } стол
    [few] { $count } стола
   *[many] { $count } столов
}
dashboard-count-waiting = { $count ->
    [one] { $count } ждёт учеников
   *[other] { $count } ждут учеников
}
dashboard-count-playing = { $count ->
    [one] { $count } играет
   *[other] { $count } играют
}
dashboard-count-finished = { $count ->
    [one] { $count } закончил
   *[other] { $count } закончили
}
# $tables: "4 tables".
dashboard-summary = { $tables }.
# $tables: "4 tables"; $parts: "1 playing, 3 finished".
dashboard-summary-parts = { $tables }: { $parts }.
dashboard-list-separator = { ", " }
dashboard-label-colon = { ": " }
dashboard-time-per-turn-is = Время на ход: { $time }.
dashboard-no-time-limit = Время на ход не ограничено.
dashboard-paused-summary = Класс приостановлен: ходов не будет, пока вы не возобновите игру.
dashboard-all-paused = Все столы приостановлены.
dashboard-all-resumed = Все столы возобновлены.
dashboard-bad-minutes = Время на ход: укажите целое число минут от 1 до 120 или отметьте «Без ограничения».
dashboard-time-set = { $count ->
    [one] Время на ход: { $count } минута.
    [few] Время на ход: { $count } минуты.
   *[many] Время на ход: { $count } минут.
}
dashboard-gradebook-done = Ведомость скачана.

## A table's card

dashboard-status-waiting = Ждёт учеников
dashboard-status-playing = Идёт игра
dashboard-status-finished = Закончен
dashboard-code = Код
dashboard-seats = Места
dashboard-download = Скачать:
dashboard-file-save = Сохранение
dashboard-file-minutes = Протокол
dashboard-file-result = Результат
# $file: Save, Minutes or Result.
dashboard-downloaded = { $file } — { $table }: скачано.
dashboard-more-time = Ещё время (+{ $count } мин)
dashboard-more-time-done = { $count ->
    [one] { $table }: ещё { $count } минута на этот ход.
    [few] { $table }: ещё { $count } минуты на этот ход.
   *[many] { $table }: ещё { $count } минут на этот ход.
}
dashboard-show-presenter = Показать в режиме презентации
# $scenario: the scenario's title; $seed: its seed.
dashboard-meta = { $scenario } · зерно { $seed }
dashboard-session-of = Заседание { $session } из { $sessions }
dashboard-talks-over = Переговоры окончены.
dashboard-not-taken = Ещё не занято: { $side }
# $first, $second: the two delegations.
dashboard-not-taken-both = Ещё не заняты: { $first } и { $second }
dashboard-waiting-for-seat = Ждём, пока займут место
dashboard-to-move-for = ходит { $side }, уже { $time }
dashboard-to-computer-in = компьютеру через { $time }, если никто не придёт
dashboard-empty-seat-rule = пустое место переходит к компьютеру через { $time } после того, как занято другое
# $line: the pieces above, joined by dashes.
dashboard-waiting-line = { $line }.
dashboard-to-move-waiting = Ходит { $side } ({ $delegate }) — ожидание { $time }
# $limit: the time per turn.
dashboard-to-move-waiting-of = Ходит { $side } ({ $delegate }) — ожидание { $time } из { $limit }
dashboard-named-to-move-waiting = { $name }, ходит { $side } ({ $delegate }) — ожидание { $time }
dashboard-named-to-move-waiting-of = { $name }, ходит { $side } ({ $delegate }) — ожидание { $time } из { $limit }
dashboard-over-time = время на ход превышено
dashboard-paused-mark = (пауза)
# $agreed: articles agreed; $count: articles in all.
dashboard-agreed-of = { $count ->
    [one] Согласовано: { $agreed } из { $count } статьи
   *[other] Согласовано: { $agreed } из { $count } статей
}
# $outcome: the outcome's title in the scenario.
dashboard-outcome = Итог: { $outcome }
dashboard-nobody-came = { $table }: место «{ $side }» никто не занял, поэтому теперь за него играет компьютер.
dashboard-computer = Компьютер
# $level: the computer's level, such as Steady.
dashboard-computer-level = Компьютер ({ $level })
dashboard-nobody-took = никто не занял место
dashboard-agent = Внешний агент
dashboard-agent-named = Внешний агент: { $name }
dashboard-student-named = Ученик: { $name }
dashboard-student-free = Место ученика, ещё не занято
dashboard-connected = подключён
dashboard-not-connected = не подключён
dashboard-show-token = Показать токен
dashboard-hide-token = Скрыть токен
dashboard-hand-to-computer = Передать компьютеру
dashboard-hand-question = Передать место «{ $side }» за столом { $table } компьютеру? Тот, кто занимает его сейчас, будет отключён, и компьютер доиграет за него до конца.
dashboard-hand-question-named = Передать место «{ $side }» ({ $name }) за столом { $table } компьютеру? Тот, кто занимает его сейчас, будет отключён, и компьютер доиграет за него до конца.
dashboard-handed = { $table }: за «{ $side }» теперь играет компьютер.
dashboard-reopen = Открыть для ученика
# $code: the table's code.
dashboard-reopen-question = Снова открыть место «{ $side }» за столом { $table }? Тот, кто занимает его сейчас, будет отключён, его старый токен перестанет действовать, и следующий ученик, который войдёт с кодом { $code }, продолжит с того места, где остановились переговоры.
dashboard-reopen-question-named = Снова открыть место «{ $side }» ({ $name }) за столом { $table }? Тот, кто занимает его сейчас, будет отключён, его старый токен перестанет действовать, и следующий ученик, который войдёт с кодом { $code }, продолжит с того места, где остановились переговоры.
dashboard-reopened = { $table }: место «{ $side }» открыто: ученик входит с кодом { $code }.
dashboard-japan = Япония
dashboard-russia = Россия
dashboard-komura = Комура
dashboard-witte = Витте

## The results wall

# $japan, $russia: how many tables each side did better at than in 1905.
dashboard-wall-summary = { $count ->
    [one] Закончил { $count } стол. Столов, где Япония добилась большего, чем в 1905 году: { $japan }; где Россия: { $russia }.
    [few] Закончили { $count } стола. Столов, где Япония добилась большего, чем в 1905 году: { $japan }; где Россия: { $russia }.
   *[many] Закончили { $count } столов. Столов, где Япония добилась большего, чем в 1905 году: { $japan }; где Россия: { $russia }.
}
dashboard-better-than-1905 = лучше, чем в 1905 году
dashboard-worse-than-1905 = хуже, чем в 1905 году
dashboard-as-in-1905 = как в 1905 году
dashboard-no-1905 = нет данных 1905 года для сравнения
# $utility: the side's utility in 1905, such as 0.59.
dashboard-in-1905 = (1905: { $utility })

## New tables

dashboard-scenarios-unavailable = Сценарии недоступны
# $reason: why, in the server's or the browser's words.
dashboard-scenarios-failed = Список сценариев не загрузился: { $reason }
dashboard-no-scenarios = На сервере нет сценариев
dashboard-choice-student = Ученик
dashboard-choice-computer = Компьютер — { $level }
dashboard-choice-agent = Внешний агент (программа)
dashboard-choose-scenario = Сначала выберите сценарий (на сервере пока нет ни одного).
dashboard-bad-count = Сколько столов: целое число от 1 до 60.
# $max: the largest seed.
dashboard-bad-seed = Зерно: целое число от 0 до { $max } или пустое поле.
dashboard-bad-empty-seat = Пустое место — компьютеру через: целое число минут от 1 до 120 или пустое поле.
# $codes: the new tables' codes, separated by commas.
dashboard-created = Создано столов: { $count }; коды: { $codes }.

## The presenter view

dashboard-presenter-title = Portsmouth 1905 — режим презентации
dashboard-presenter-join = Войдите с кодом
dashboard-presenter-agreed = Согласовано
dashboard-presenter-none-agreed = Пока ничего не согласовано.
dashboard-presenter-still-open = Ещё открыто
dashboard-presenter-last-moves = Последние ходы
dashboard-presenter-back = Назад к панели класса
# $table: the table's id in the address.
dashboard-presenter-no-table = На этом сервере нет стола { $table }. Вернитесь к панели и выберите стол.
dashboard-presenter-shown-as-at = — показано по состоянию на { $time }
dashboard-presenter-waiting = Ждём, пока ученики войдут.
dashboard-presenter-to-move = Ходит { $side } ({ $delegate }) — { $time }
dashboard-presenter-agreed-of = Согласовано: { $agreed } из { $count }
dashboard-presenter-left-open = Осталось открытым: { $count }
dashboard-presenter-open-count = Ещё открыто: { $count }
dashboard-presenter-move = Заседание { $session } — { $side }
# $date: the session's date in the scenario.
dashboard-presenter-move-dated = Заседание { $session }, { $date } — { $side }
# $text: the reason a delegation gave, in its own words.
dashboard-presenter-quoted = «{ $text }»
dashboard-presenter-over = переговоры окончены
dashboard-presenter-needs-key = Для этой страницы нужен ключ учителя: откройте её с панели класса.
dashboard-presenter-no-id = В этом адресе не указан стол: откройте режим презентации с панели класса.
