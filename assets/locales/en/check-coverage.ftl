# What `portsmouth check` says when it proves that every ending of the talks has an outcome.
# Outcome and article ids in `backquotes` are as written in the scenario.

# $count is how many combinations of terms the conditions make (preformatted).
check-coverage-not-checked = the outcome conditions combine { $count } sets of terms, too many to check that every ending has an outcome
check-coverage-not-checked-help = make the outcomes look at fewer articles, or end the list with a catch-all outcome (`when: Always`)
# $work, $combinations and $budget are large numbers (preformatted); $outcomes how many outcomes there are.
check-coverage-too-costly = proving that every ending has an outcome would take about { $work } steps ({ $outcomes } outcomes over { $combinations } combinations of the terms they look at); the most this program spends is { $budget }
check-coverage-too-costly-help = make the outcome conditions shorter, let them look at fewer articles or at articles with fewer options, or use fewer outcomes

## Endings no outcome describes. $count is how many; $examples is one of check-coverage-examples-*.

check-coverage-gap = { $count } possible ending(s) match no outcome, for example { $examples }
check-coverage-gap-help = add an outcome covering them, or end the list with a catch-all outcome (`when: Always`)
# $first, $second and $third are endings, as below.
check-coverage-examples-one = { $first }
check-coverage-examples-two = { $first }; { $second }
check-coverage-examples-three = { $first }; { $second }; { $third }
check-coverage-time-runs-out = talks that end without a treaty when time runs out
check-coverage-broken-off-by-japan = talks broken off by Japan
check-coverage-broken-off-by-russia = talks broken off by Russia
check-coverage-signed-treaty = a signed treaty
# $terms is a list of "article = option" ids.
check-coverage-treaty-with = a treaty with { $terms }

## An outcome no ending reaches. $outcome and $earlier are outcome ids.

check-coverage-shadowed = outcome `{ $outcome }` can never be reached: every ending it matches is already taken by the earlier outcome `{ $earlier }`
check-coverage-never-holds = outcome `{ $outcome }` can never be reached: its condition can never hold
check-coverage-unreachable-help = outcomes are tried in order; move it earlier or narrow the outcomes before it
