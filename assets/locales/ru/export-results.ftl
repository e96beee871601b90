# Как место за столом называется в протоколе. (Сам файл результата хранит английские имена:
# его читают скрипты и доски класса на любом языке.)

# $players — имена игроков или export-results-a-player; $title — переговорщик, за которого они играли.
export-results-seat-player = { $players } в роли: { $title }
export-results-a-player = игрок
# $agent — имя компьютера в командной строке (delegate:steady).
export-results-seat-computer = компьютер ({ $agent })
