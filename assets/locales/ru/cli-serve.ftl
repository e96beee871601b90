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
