# `portsmouth tournament`: every agent against every agent, in both roles. The table's
# headings are short: the English columns are 7 to 12 characters wide (a longer heading
# widens its column).

# $scenario is the scenario's title; $agents, $pairings, $games and $threads are counts.
cli-tournament-heading = { $scenario } — tournament of { $agents } agents, { $pairings } pairings × { $games } games, seed { $seed }, { $threads } threads
# The progress bar: $bar the bar, $done pairings played of $pairings; filled in by the bar.
cli-tournament-progress = { $bar } { $done }/{ $pairings } pairings

## The table: the agent playing Japan, the one playing Russia, the share of agreements, each
## side's mean utility, the share of Pareto-optimal agreements, of those within both final
## mandates, the mean distance to the Nash point, the mean sessions held.

cli-tournament-japan = Japan
cli-tournament-russia = Russia
cli-tournament-agree = agree
cli-tournament-in-zone = in zone
cli-tournament-utility-japan = u Japan
cli-tournament-utility-russia = u Russ.
cli-tournament-pareto = Pareto
cli-tournament-in-mandates = in mand.
cli-tournament-pareto-distance = Par. d
cli-tournament-nash-distance = Nash d
cli-tournament-sessions = sessions
cli-tournament-by-role = Mean utility over all opponents, by role:
cli-tournament-agent = agent
cli-tournament-as-japan = as Japan
cli-tournament-as-russia = as Russia
# Under the table: what "in zone" counts.
cli-tournament-zone-note = in zone: agreement in the games where, when the last move was made, some treaty both sides' instructions then allowed was worth at least breaking off to each.
cli-tournament-pareto-distance-note = Par. d: how far, on average, an agreement lay from the Pareto frontier (in utilities): what the agreements that are not Pareto-optimal left unclaimed.
