# Hvem der spillede mod hvem, som listen over gemte spil viser det.

saves-hot-seat = På skift: to spillere ({ $japan } mod { $russia })
saves-hot-seat-named = På skift: { $players } ({ $japan } mod { $russia })
saves-computers = Computer mod computer ({ $japan_level } { $japan } mod { $russia_level } { $russia })
saves-against-computer = Dig som { $us } mod { $them } ({ $level } computer)
saves-against-computer-named = { $players } som { $us } mod { $them } ({ $level } computer)

# How a saved game stands.
saves-in-progress = i gang
saves-signed = traktat underskrevet
saves-broke-down = forhandlingerne brød sammen

# The name the save dialog offers. $first and $second are the two delegations, the
# player's own first; $session counts from 1.
saves-default-name = { $first } mod { $second } – møde { $session }
# $outcome is how the game ended (saves-signed or saves-broke-down).
saves-default-name-done = { $first } mod { $second } – { $outcome }
# A computer delegation in the name: $level is its difficulty, $title its player title.
saves-default-computer = { $level } { $title }

# When a save was written, in the machine's local time: $weekday 0 is Sunday, $month 1 is
# January; $time is the hour and minute, "14:05".
saves-when = { $weekday ->
        [0] søn.
        [1] man.
        [2] tirs.
        [3] ons.
        [4] tors.
        [5] fre.
       *[6] lør.
    } { $day }. { $month ->
        [1] jan.
        [2] feb.
        [3] mar.
        [4] apr.
        [5] maj
        [6] jun.
        [7] jul.
        [8] aug.
        [9] sep.
        [10] okt.
        [11] nov.
       *[12] dec.
    } { $year }, { $time }
# The same in UTC, where the local time cannot be found. $when is saves-when.
saves-when-utc = { $when } UTC
