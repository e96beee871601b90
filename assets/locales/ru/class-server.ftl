# What the class server says to a student's game or an outside agent (src/net/server), in the
# language the client named when it joined. $side: Japan or Russia (class-server-japan/-russia).

class-server-japan = Япония
class-server-russia = Россия

## Refusals of a message: the connection and the game go on

# $rate: messages a second.
class-server-too-fast = слишком много сообщений: не больше { $rate } в секунду
# $bytes: the largest message.
class-server-too-large = сообщение не может быть длиннее { $bytes } байт
class-server-binary = отправляйте текстовые кадры JSON, а не двоичные
# $reason: the JSON reader's own words (English).
class-server-malformed = это не сообщение протокола: { $reason }
class-server-already-seated = это подключение уже занимает место
class-server-not-joined = сначала войдите за стол (Join) или займите своё место (Connect)
class-server-unknown-code = стола с таким кодом нет; уточните код у учителя
class-server-seat-not-free = место «{ $side }» за этим столом занято
class-server-table-full = все места за этим столом заняты
class-server-bad-token = места с таким токеном нет (возможно, учитель снова открыл место): войдите с кодом стола и своим именем
class-server-seat-handed = место передано компьютеру
class-server-seat-in-use = это место занимает другое подключение; сначала закройте его (оборванное подключение освобождается в течение минуты)
class-server-table-gone = этого стола больше нет
class-server-seat-lost = это подключение больше не занимает место
class-server-talks-over = переговоры окончены
class-server-paused = учитель приостановил класс; дождитесь сигнала продолжать
class-server-not-your-turn = сейчас ход другой делегации
class-server-name-missing = укажите имя
# $count: the most characters a name may have.
class-server-name-too-long = { $count ->
    [one] имя не длиннее { $count } символа
   *[other] имя не длиннее { $count } символов
}
class-server-name-control = в имени не должно быть управляющих символов
class-server-nothing-to-accept = у другой стороны нет предложения, которое можно принять
class-server-not-a-move = это не ход
# $reason: the database's own words (English).
class-server-database = база данных класса отклонила изменение: { $reason }

## News for the people at a seat

class-server-handed-to-computer = Учитель передал это место компьютеру.
class-server-reopened = Учитель снова открыл это место: войдите с кодом стола и своим именем.
class-server-waits-again = Место «{ $side }» ждёт, когда его ученик снова войдёт.
# $count: minutes the seat stayed empty.
class-server-nobody-came = { $count ->
    [one] За { $count } минуту никто не занял место «{ $side }»: теперь за него играет компьютер.
    [few] За { $count } минуты никто не занял место «{ $side }»: теперь за него играет компьютер.
   *[many] За { $count } минут никто не занял место «{ $side }»: теперь за него играет компьютер.
}

## The teacher's API: errors the dashboard shows, in the page's language

class-server-api-no-route = такого маршрута API нет
class-server-api-wrong-key = неверный ключ учителя
class-server-api-no-key = нет ключа учителя: отправьте Authorization: Bearer KEY
# $reason: the JSON reader's own words (English).
class-server-api-bad-body = тело запроса не подходит для этого маршрута: { $reason }
# $table: the table's id as the address gives it.
class-server-api-no-table = стола { $table } нет
# $max: the most tables one request makes.
class-server-api-count = count — от 1 до { $max }
class-server-api-empty-seat = empty_seat_secs — от 1 до 86400 (null: пустые места ждут учителя)
class-server-api-time = время на ход — не меньше секунды (null — без ограничения)
class-server-api-seconds = seconds — от 1 до 86400
# $side: the side as the address gives it.
class-server-api-no-side = стороны `{ $side }` нет: japan или russia
class-server-api-not-over = переговоры за этим столом ещё не окончены
# $scenario: the scenario's id.
class-server-api-no-scenario = в папке сценариев нет сценария `{ $scenario }`
# $level: the level asked for; $levels: the scenario's levels, separated by commas.
class-server-api-no-level-of = в этом сценарии нет уровня `{ $level }`; есть: { $levels }
class-server-api-no-level = в этом сценарии нет уровня `{ $level }`
# $max: the most tables a class holds.
class-server-api-too-many = в этом классе уже { $max } столов — больше нельзя
# Стол, которому учитель не дал имени: его номер в классе.
class-server-table-name = Стол { $number }
class-server-api-reopen-over = переговоры за этим столом окончены: занимать нечего
class-server-api-reopen-agent = место внешнего агента снова занимают по его токену, а не ученик

## The end of the talks, where the scenario names no outcome
# The outcome a seat is told when no treaty was signed.
class-server-no-treaty = Без договора
# The dashboard's outcome when a treaty matches none of the scenario's outcomes.
# The level of a computer seat given no level (the delegate at full strength), where the
# scenario has no level that plays as it does.
class-server-level-full = в полную силу
class-server-no-outcome = Ни один исход сценария не подходит

# What stands in for the other side's confidential words quoted in a reason or a transcript line.
class-server-withheld = [инструкции, которые остаются конфиденциальными]
