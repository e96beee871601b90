# Кто с кем играл — как это показывает список сохранённых игр.

saves-hot-seat = По очереди: два игрока ({ $japan } против { $russia })
saves-hot-seat-named = По очереди: { $players } ({ $japan } против { $russia })
saves-computers = Компьютер против компьютера ({ $japan_level } { $japan } против { $russia_level } { $russia })
saves-against-computer = Вы — { $us } против { $them } (компьютер: { $level })
saves-against-computer-named = { $players } — { $us } против { $them } (компьютер: { $level })

# How a saved game stands.
saves-in-progress = идут переговоры
saves-signed = договор подписан
saves-broke-down = переговоры сорваны

# The name the save dialog offers. $first and $second are the two delegations, the
# player's own first; $session counts from 1.
saves-default-name = { $first } — { $second }, заседание { $session }
# $outcome is how the game ended (saves-signed or saves-broke-down).
saves-default-name-done = { $first } — { $second }, { $outcome }
# A computer delegation in the name: $level is its difficulty, $title its player title.
saves-default-computer = { $title } ({ $level })

# When a save was written, in the machine's local time: $weekday 0 is Sunday, $month 1 is
# January; $time is the hour and minute, "14:05".
saves-when = { $weekday ->
        [0] вс
        [1] пн
        [2] вт
        [3] ср
        [4] чт
        [5] пт
       *[6] сб
    }, { $day } { $month ->
        [1] янв.
        [2] февр.
        [3] мар.
        [4] апр.
        [5] мая
        [6] июн.
        [7] июл.
        [8] авг.
        [9] сент.
        [10] окт.
        [11] нояб.
       *[12] дек.
    } { $year }, { $time }
# The same in UTC, where the local time cannot be found. $when is saves-when.
saves-when-utc = { $when } UTC
