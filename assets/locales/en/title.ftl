# The title screen.

title-conference = The Russo-Japanese peace conference, August 1905
title-name = Portsmouth 1905
# The treaty's name: in Russian first, as the game's subtitle.
title-peace = Портсмутский мир — the Peace of Portsmouth
title-pitch = Twelve sessions at the Navy Yard. Play Komura Jutarō for Japan or Sergei Witte for Russia; trade Korea, Manchuria, Sakhalin and the money, while Theodore Roosevelt mediates from Oyster Bay.

title-new-game = New game
    .tip = Choose a scenario, a side and an opponent
title-continue = Continue
    .tip = Resume the game you were last playing
title-join = Join a class
    .tip = Take a seat at a table of your teacher's class server: address, table code and your name
# $table is the code of the class table the player left.
title-rejoin = Rejoin { $table }
    .tip = Take your seat at the class table you left again
title-load = Load
    .tip = Open a saved game
title-results = Class results
    .tip = The results wall of a class's games: outcomes, each article's spread, who did better than 1905
title-settings = Settings
    .tip = Language, projector presets, high contrast, teacher's tools, interface and text size
title-quit = Quit
    .tip = Close the game (Esc asks first)
title-footer = version { $version } · Tab and Enter reach every button · Esc asks to quit

title-scenarios = Scenarios in this copy of the game
# $first and $last are short dates; $file is the scenario's file name.
title-scenario-extent = { $sessions ->
        [one] { $sessions } session
       *[other] { $sessions } sessions
    }, { $first } to { $last } · { $articles ->
        [one] { $articles } article
       *[other] { $articles } articles
    } · { $file }
title-scenario-broken = does not load — run `portsmouth check` on it
