# What `portsmouth check` says when it proves that every ending of the talks has an outcome.
# Outcome and article ids in `backquotes` are as written in the scenario.

# $count is how many combinations of terms the conditions make (preformatted).
check-coverage-not-checked = udfaldenes betingelser giver { $count } kombinationer af vilkår, for mange til at kontrollere, at enhver afslutning har et udfald
check-coverage-not-checked-help = lad udfaldene se på færre artikler, eller afslut listen med et udfald, der fanger resten (`when: Always`)
# $work, $combinations and $budget are large numbers (preformatted); $outcomes how many outcomes there are.
check-coverage-too-costly = at bevise, at enhver afslutning har et udfald, ville tage omkring { $work } trin ({ $outcomes } udfald over { $combinations } kombinationer af de vilkår, de ser på); programmet bruger højst { $budget }
check-coverage-too-costly-help = gør udfaldenes betingelser kortere, lad dem se på færre artikler eller på artikler med færre muligheder, eller brug færre udfald

## Endings no outcome describes. $count is how many; $examples is one of check-coverage-examples-*.

check-coverage-gap = { $count ->
        [one] { $count } mulig afslutning passer
       *[other] { $count } mulige afslutninger passer
    } ikke til noget udfald, fx { $examples }
check-coverage-gap-help = tilføj et udfald, der dækker dem, eller afslut listen med et udfald, der fanger resten (`when: Always`)
# $first, $second and $third are endings, as below.
check-coverage-examples-one = { $first }
check-coverage-examples-two = { $first }; { $second }
check-coverage-examples-three = { $first }; { $second }; { $third }
check-coverage-time-runs-out = forhandlinger, der ender uden traktat, når tiden løber ud
check-coverage-broken-off-by-japan = forhandlinger, som Japan afbryder
check-coverage-broken-off-by-russia = forhandlinger, som Rusland afbryder
check-coverage-signed-treaty = en underskrevet traktat
# $terms is a list of "article = option" ids.
check-coverage-treaty-with = en traktat med { $terms }

## An outcome no ending reaches. $outcome and $earlier are outcome ids.

check-coverage-shadowed = udfaldet `{ $outcome }` kan aldrig nås: enhver afslutning, det passer på, er allerede taget af det tidligere udfald `{ $earlier }`
check-coverage-never-holds = udfaldet `{ $outcome }` kan aldrig nås: dets betingelse kan aldrig være opfyldt
check-coverage-unreachable-help = udfaldene prøves i rækkefølge; flyt det tidligere, eller gør udfaldene før det snævrere
