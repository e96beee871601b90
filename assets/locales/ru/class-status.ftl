# A student's seat at a class table: the connection line under the table's header, the
# join form's checks, and the notices the class server's messages bring.
# $table is the table's name as the server gives it; $reason is the connection's or the
# server's own words.

class-status-connecting = { $table }: подключение к серверу класса…
class-status-paused = { $table }: подключено — учитель приостановил занятие; ходы ждут его возобновления
class-status-sent = { $table }: подключено — ваш ход отправлен на сервер
class-status-connected = { $table }: подключено
# $attempt counts the tries to reconnect.
class-status-reconnecting = { $table }: соединение прервано ({ $reason }) — переподключение, попытка { $attempt }; ничего не потеряно
class-status-lost = { $table }: соединение потеряно ({ $reason }) — попытки продолжаются; проверьте сеть этого компьютера или сообщите учителю
class-status-refused = { $table }: сервер закрыл ваше место ({ $reason }) — обратитесь к учителю; кнопка «В начало» уводит из-за стола
class-status-closed = { $table }: переговоры окончены; сервер закрыл соединение

class-status-no-address = Введите адрес сервера, который дал учитель (например, 192.168.1.20:7905).
# $address is what the student typed.
class-status-bad-address = «{ $address }» — не адрес: он должен выглядеть как 192.168.1.20:7905 или school-server:7905.
class-status-bad-port = Порт в «{ $address }» должен быть числом от 1 до 65535.
class-status-no-code = Введите код вашего стола, который дал учитель (например, KX7P).
# $code is what the student typed.
class-status-bad-code = «{ $code }» — не код стола: код состоит из нескольких букв и цифр, например KX7P.
class-status-no-name = Введите своё имя: учитель видит его рядом с вашим столом.
# $problem is the system's reason.
class-status-cannot-connect = Игре не удалось установить соединение: { $problem }
class-status-server-refused = Сервер отказал: { $reason }
class-status-unsent = Ход не отправлен: соединение прервано. Оно восстановится само; отправьте ход ещё раз, когда появится «подключено».
class-status-paused-notice = Учитель приостановил занятие: ходы ждут его возобновления.
class-status-resumed-notice = Учитель возобновил занятие.
class-status-seat-taken = Учитель передал ваше место компьютеру: { $reason }
# $message is the server's own words.
class-status-move-refused = Ход не отправлен: { $message }
class-status-move-not-taken = Сервер не принял ход: { $message }
