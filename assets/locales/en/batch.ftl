# Why a run of games between computer delegations (simulate, tournament, redteam, watch)
# cannot start. The English is what the errors' own Display writes, word for word.

# $level is the level asked for; $levels are the scenario's levels, comma-separated.
# Between the names of a list (the scenario's levels).
batch-list-separator = { ", " }
batch-no-such-level = this scenario has no difficulty level `{ $level }`; it has: { $levels }
# $games is the --games value as given; $shape is "pairings" when a tournament or red team
# plays $games for each of $pairings pairings, making $total in all, else "single";
# $max is the most games one run plays.
batch-too-many-games = --games { $games }: { $shape ->
        [pairings] { $games } games for each of { $pairings } pairings make { $total } games
       *[single] { $games } games
    }, more than the { $max } one run plays; run several with different seeds, or fewer agents
