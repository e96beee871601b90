# The lines the table shows when a move is refused or a seat changes hands.

session-not-your-turn = It is not your turn.
session-not-connected = The move was not sent: this game is not connected to its class.
# $reason is the table's refusal, from the engine.
session-not-sent = The move was not sent: { $reason }
# $title is a side's player title (e.g. "Witte").
session-you-sit = You now sit for { $title }; the computer no longer moves for that side.
# $agent names the computer player (e.g. "delegate").
session-computer-sits = The computer ({ $agent }) sits for { $title } again.

# The computer's levels the game supplies when a scenario names none, and the 1905 delegation.
session-difficulty-yielding = Yielding
    .tip = Gives ground early and does not study your priorities: a first game.
session-difficulty-steady = Steady
    .tip = Concedes evenly and learns what you care about from your offers.
session-difficulty-shrewd = Shrewd
    .tip = Holds firm as the real delegation did, reads your priorities, and uses press, cables and ultimatums.
session-difficulty-historical = As in 1905
    .tip = Repeats what the real delegation did, while you let it.
