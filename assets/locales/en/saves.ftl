# Who played whom, as the list of saved games shows it. $japan, $russia, $us and $them are
# the sides' player titles (from the scenario); $level and the *_level are the computer's difficulty.

saves-hot-seat = Hot-seat: two players ({ $japan } v { $russia })
# $players are the names the players gave.
saves-hot-seat-named = Hot-seat: { $players } ({ $japan } v { $russia })
saves-computers = Computer v computer ({ $japan_level } { $japan } v { $russia_level } { $russia })
saves-against-computer = You as { $us } v { $them } ({ $level } computer)
# $players are the names the players gave.
saves-against-computer-named = { $players } as { $us } v { $them } ({ $level } computer)

# How a saved game stands.
saves-in-progress = in progress
saves-signed = treaty signed
saves-broke-down = talks broke down

# The name the save dialog offers. $first and $second are the two delegations, the
# player's own first; $session counts from 1.
saves-default-name = { $first } v { $second } — session { $session }
# $outcome is how the game ended (saves-signed or saves-broke-down).
saves-default-name-done = { $first } v { $second } — { $outcome }
# A computer delegation in the name: $level is its difficulty, $title its player title.
saves-default-computer = { $level } { $title }

# When a save was written, in the machine's local time: $weekday 0 is Sunday, $month 1 is
# January; $time is the hour and minute, "14:05".
saves-when = { $weekday ->
        [0] Sun
        [1] Mon
        [2] Tue
        [3] Wed
        [4] Thu
        [5] Fri
       *[6] Sat
    } { $day } { $month ->
        [1] Jan
        [2] Feb
        [3] Mar
        [4] Apr
        [5] May
        [6] Jun
        [7] Jul
        [8] Aug
        [9] Sep
        [10] Oct
        [11] Nov
       *[12] Dec
    } { $year }, { $time }
# The same in UTC, where the local time cannot be found. $when is saves-when.
saves-when-utc = { $when } UTC
