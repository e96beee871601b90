# Заголовок стола переговоров: заседание, календарь и кнопки меню.

table-header-your-move = Ваш ход, { $title } — ход { $turn } из { $total }
table-header-your-move-final = Ваш ход, { $title } — ход { $turn } из { $total }, последний в переговорах: на предложение сейчас ответить уже нельзя
table-header-your-move-last-proposal = Ваш ход, { $title } — ход { $turn } из { $total }: ваше последнее предложение, на которое { $them } ещё может ответить
table-header-move-sent = Ваш ход передан на сервер…
table-header-move-once-allowed = Ваш ход — как только позволят связь и учитель
table-header-seat-closed = Ваше место закрыто: переговоры идут без вас
table-header-waiting-for = Ждём, что ответит { $title }
table-header-over = Конференция окончена.
table-header-considering = { $title } обдумывает ответ…
table-header-waiting = Ждём другую делегацию
table-header-session = Заседание { $number } из { $total } — { $title }
table-header-date-status = { $date } · { $status }
table-header-calendar-day = { $day } { $month ->
        [1] янв
        [2] фев
        [3] мар
        [4] апр
        [5] мая
        [6] июн
        [7] июл
        [8] авг
        [9] сен
        [10] окт
        [11] ноя
       *[12] дек
    }
table-header-brief = Инструкции
    .tip = Перечитать ваши инструкции
table-header-save = Сохранить
    .tip = Сохранить эту игру под новым именем (Ctrl+S)
table-header-title = В начало
    .tip = Вернуться на титульный экран (после вопроса); «Продолжить» возобновит эту игру (Esc)
