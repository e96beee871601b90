# The new game screen: scenario, side, opponent, names and seed.

new-game-heading = A new conference
new-game-scenario = Scenario
# $author is the scenario's author; $sessions and $articles are counts.
new-game-scenario-extent = by { $author } · { $sessions } sessions · { $articles } articles
# $file is the scenario's file name.
new-game-broken = { $file } — cannot be chosen
# $help is the checker's advice (English, from the engine).
new-game-broken-fix = To fix: { $help }
new-game-broken-reread = Save the file again and it is read at once.
new-game-back = Back
    .tip = Back to the title screen (Esc)
new-game-begin = Begin the conference
    .tip = Read your instructions and take your seat at the table
new-game-delegation = Your delegation
new-game-japan = Komura Jutarō, for Japan
    .tip = The victor who cannot afford another year of war
new-game-russia = Sergei Witte, for Russia
    .tip = The loser who will not admit defeat
new-game-across = Across the table
# $level is the difficulty's name from the scenario.
new-game-computer = Computer: { $level }
new-game-hot-seat = Second player (hot-seat)
    .tip = Two players take turns at this machine; each one's papers are hidden from the other
# $level is the difficulty's name from the scenario.
new-game-demonstration = Demonstration: computer against computer ({ $level })
    .tip = For a class to watch: both delegations played by the computer, step by step or on auto-play, each move with its reason; your side's papers are shown, and you can take over either side at any point
new-game-names-heading = Your names — on your result for the class (optional)
new-game-names = Your names
    .tip = Type your names or your group's
new-game-seed-heading = Seed — the same seed replays the same game
new-game-seed = Seed
    .tip = Digits only: type a seed a classmate played to replay their game
new-game-fresh-seed = New seed
    .tip = Draw a new seed from the clock
