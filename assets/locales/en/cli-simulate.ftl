# `portsmouth simulate`: many games between computer delegations, and their summary.

# $folder is the results folder; $error why, from the system.
cli-simulate-results-dir-cannot-create = --results-dir { $folder }: cannot create the folder: { $error }
cli-simulate-results-dir-cannot-create-help = help: give a folder that can be created, or an existing one
# $scenario is the scenario's title; $games how many games; $japan and $russia the agents' names.
cli-simulate-heading = { $scenario } — { $games } games, { $japan } (Japan) v { $russia } (Russia), seed { $seed }
# $error is what went wrong (with its help line).
cli-simulate-could-not-write-results = could not write the results: { $error }
# $folder is the results folder.
cli-simulate-results-dir-written = One result file per game written to { $folder } (show them with `portsmouth wall { $folder }`)
# $path is the file asked for.
cli-simulate-out-format = --out { $path }: the file name must end in .csv or .json, which decides the format
# The progress bar: $bar the bar, $done games played of $games, $rate games per second, $eta
# the time left; all filled in by the bar itself.
cli-simulate-progress = { $bar } { $done }/{ $games } games  { $rate }  eta { $eta }

## The summary table and figures

cli-simulate-outcome = Outcome
cli-simulate-games = Games
cli-simulate-share = Share
cli-simulate-no-outcome = (matches no outcome)
# $share is a percentage, preformatted ("66.0%").
cli-simulate-agreement = Agreement (a treaty in force): { $share }
# $share is a percentage, preformatted; $games a count.
cli-simulate-agreement-zone = Agreement where a zone of agreement was left at the last move: { $share } of { $games } { $games ->
    [one] game
   *[other] games
}
# Mean utilities (0.612) and mean advantages over breaking off (+0.105), preformatted.
cli-simulate-mean-utility = Mean utility: Japan { $japan }, Russia { $russia }   (mean advantage over breaking off: { $japan_advantage } / { $russia_advantage })
# $share and $within are percentages, preformatted.
cli-simulate-pareto = Pareto-optimal agreements: { $share } (within both final mandates: { $within })
# $distance is preformatted ("0.012").
cli-simulate-pareto-distance = Mean distance of the agreements from the Pareto frontier: { $distance }
# $share is a percentage, preformatted.
cli-simulate-settlement-1905 = The 1905 settlement (broad terms): { $share } of games
# $distance is preformatted ("0.123").
cli-simulate-nash-distance = Mean distance to the Nash point: { $distance }
# $sessions is preformatted ("7.25").
cli-simulate-mean-sessions = Mean sessions held: { $sessions }
# $count is how many moves were refused.
cli-simulate-refused-moves = Moves refused by the rules (an agent's mistake): { $count }
# $rate is games per second and $seconds the time, preformatted.
cli-simulate-speed = Speed: { $rate } games/s ({ $seconds } s on { $threads ->
    [one] one thread
   *[other] { $threads } threads
})
