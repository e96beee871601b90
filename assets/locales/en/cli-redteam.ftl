# `portsmouth redteam`: scripted strategies against the computer delegate. The table's
# headings are short (a longer heading widens its column).

# $scenario is the scenario's title; $scripts, $sides, $levels, $games and $threads are counts.
cli-redteam-heading = { $scenario } — red team: { $scripts } scripts × { $sides } side(s) × { $levels } level(s) × { $games } games, seed { $seed }, { $threads } threads
# The progress bar: $bar the bar, $done batches run of $batches, $eta the time left; filled in by the bar.
cli-redteam-progress = { $bar } { $done }/{ $batches } batches  eta { $eta }

## The table: the script's side, the delegate's level, the best script and its parameters,
## the script's mean utility, the reference (the delegate's self-play), the gain, the ceiling
## (the most any script could take from a delegate that never signs below its walk-away), the
## share of agreements, the script's turns refused by the rules.

cli-redteam-side = side
cli-redteam-level = level
cli-redteam-best-script = best script
cli-redteam-params = params
cli-redteam-utility = utility
cli-redteam-reference = ref.
cli-redteam-gain = gain
cli-redteam-ceiling = ceiling
cli-redteam-agree = agree
cli-redteam-refused = refused
# $count is how many turns were refused.
cli-redteam-refused-turns = Turns of the scripts refused by the rules (a script's mistake): { $count }

# After the table, one line a side: how much more the best script takes, in its own utility,
# against the first level played than against the last. $side is the side (cli-side), $gap
# preformatted ("+0.045"), $easier and $harder the levels' ids.
cli-redteam-gap = { $side }: the best script against { $easier } less the best against { $harder }: { $gap } (in the script's own utility)
