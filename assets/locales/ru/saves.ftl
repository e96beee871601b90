# Кто с кем играл — как это показывает список сохранённых игр.

saves-hot-seat = По очереди: два игрока ({ $japan } против { $russia })
saves-hot-seat-named = По очереди: { $players } ({ $japan } против { $russia })
saves-computers = Компьютер против компьютера ({ $japan_level } { $japan } против { $russia_level } { $russia })
saves-against-computer = Вы — { $us } против { $them } (компьютер: { $level })
saves-against-computer-named = { $players } — { $us } против { $them } (компьютер: { $level })
