# The question before leaving the table or quitting.

confirm-leave-table = Leave the table?
confirm-seat-kept = Your seat stays yours: Rejoin on the title screen brings you back to it.
confirm-autosaved = Your game is autosaved: Continue on the title screen brings you back to it.
confirm-leave = Leave
    .tip = Go to the title screen
confirm-quit-question = Quit Portsmouth 1905?
confirm-games-saved = Your games are saved.
confirm-quit = Quit
    .tip = Close the game
confirm-stay = Stay
    .tip = Close this question (Esc)
