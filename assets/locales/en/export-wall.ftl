# The class results wall as plain text (the terminal's `portsmouth wall`). The scenario's
# titles and labels come from the result files.

# $scenario: the scenario's title; $count: how many games are on the wall.
export-wall-title = CLASS RESULTS — { $scenario } — { $count } games
# $count: results of other scenarios in the folder.
export-wall-other-scenarios = ({ $count } results of other scenarios left off)
export-wall-outcomes = OUTCOMES
# Marks the outcome of 1905.
export-wall-historical = <- 1905
export-wall-articles = EACH ARTICLE'S FINAL TERMS (* = 1905)
# Games in which an article was not settled.
export-wall-open = no treaty / left open
# $about and $much: the thresholds, preformatted ("0.05").
export-wall-against-1905 = AGAINST KOMURA AND WITTE IN 1905 (about as well: within { $about } of 1905 on the scale from worst treaty 0 to best 1; much: { $much } or more)
# $side: narrate-side-japan or narrate-side-russia; $better, $same, $worse: how many of its
# delegations did better than, as well as, or worse than 1905.
export-wall-tally = { $side }: { $better } better, { $same } as well, { $worse } worse
