# The class results wall.

wall-heading = Class results
# $folder is the results folder.
wall-empty = No results yet in { $folder }. Each game's debrief has “Export result”; copy the class's result files into this folder, or write some with `portsmouth simulate --results-dir { $folder }`.
# $scenario is the scenario's title; $games a count; $share_1905 a percentage ("40%").
wall-summary = { $scenario } — { $games ->
        [one] { $games } game
       *[other] { $games } games
    } — 1905: { $share_1905 } of games
# $folder is the results folder.
wall-from = From { $folder }
# $folder is the results folder; $others how many results of other scenarios were left off.
wall-from-others-left-off = From { $folder } ({ $others } results of other scenarios left off)
wall-back = Back
    .tip = Back to the title screen (Esc)
# $title is another scenario's title.
wall-show-scenario-accessible = Show the results of { $title }
wall-show-scenario-tip = Show this scenario's results from the same folder
# $first is the first file left off and why (English).
wall-left-off = Left off: { $first }
# $first is the first file left off and why (English); $more how many more.
wall-left-off-more = Left off: { $first } (and { $more } more files; `portsmouth wall` lists them)
wall-how-ended = How the talks ended
# $outcome is the outcome's title.
wall-as-in-1905 = { $outcome } — as in 1905
wall-articles = Each article's final terms
wall-articles-explain = Options run from Japan's demand (left) to Russia's position (right); the outlined one is 1905's
# $count is how many games ended without a treaty.
wall-no-treaty = no treaty ×{ $count }
wall-delegations = Against Komura and Witte
# $side is "Japan" or "Russia"; $better, $same and $worse are counts.
wall-tally = { $side ->
        [Japan] Japan
       *[Russia] Russia
    }: { $better } better · { $same } as well · { $worse } worse
# $about and $much are numbers on a scale from 0 to 1 ("0.05").
wall-delegations-explain = Each delegation's result against its side's in 1905 (about as well: within { $about } on a scale from worst treaty 0 to best 1; much: { $much } or more)
# $more is how many more rows there are.
wall-more =
    … and { $more } more
    (`portsmouth wall` lists all)

# One line of the standings: $side is the side's name, $who the player (a student's name, or
# the computer's level), $count how many results it stands for (shown from 2 on), $compared
# how it did beside the negotiator of 1905 (one of the wall-*-better/-worse below).
wall-standing = { $side }: { $who }{ $count ->
        [1] {""}
       *[other] { " " }×{ $count }
    }
wall-standing-compared = { $side }: { $who }{ $count ->
        [1] {""}
       *[other] { " " }×{ $count }
    } — { $compared }
wall-much-better = much better than 1905
wall-little-better = a little better than 1905
wall-about-the-same = about as well as 1905
wall-little-worse = a little worse than 1905
wall-much-worse = much worse than 1905
