# What if: a saved game taken back to a turn and decided differently.

# Stands for the game's name when it has none.
what-if-just-played = the game just played
what-if-heading = What if…
what-if-explain = Choose a turn to decide differently. The game is taken back to just before it — the same moves and the same events — and you play that side's turn yourself; after it, each side is played as it was in the original. The debrief compares the two.
what-if-no-game = No game chosen: open a saved game from Load.
# $session is the session's number, $date its long date, $title its title (from the scenario).
what-if-session = Session { $session } — { $date } — { $title }
# $turn is the turn's number.
what-if-turn = Turn { $turn }
# $turn is the turn's number.
what-if-turn-accessible = Decide turn { $turn } differently
# $player is the title of the side that moved, from the scenario.
what-if-turn-tip = Take the game back to just before this turn and play it yourself as { $player }
what-if-back = Back
    .tip = Back to the saved games (Esc: the title screen)
