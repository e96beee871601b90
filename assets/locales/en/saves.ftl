# Who played whom, as the list of saved games shows it. $japan, $russia, $us and $them are
# the sides' player titles (from the scenario); $level and the *_level are the computer's difficulty.

saves-hot-seat = Hot-seat: two players ({ $japan } v { $russia })
# $players are the names the players gave.
saves-hot-seat-named = Hot-seat: { $players } ({ $japan } v { $russia })
saves-computers = Computer v computer ({ $japan_level } { $japan } v { $russia_level } { $russia })
saves-against-computer = You as { $us } v { $them } ({ $level } computer)
# $players are the names the players gave.
saves-against-computer-named = { $players } as { $us } v { $them } ({ $level } computer)
