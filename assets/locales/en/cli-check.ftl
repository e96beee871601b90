# `portsmouth check`: what is in a scenario file, or what is wrong with it (the problems
# themselves are the scenario checker's, in English).

# $path is the file; $summary the message cli-check-summary.
cli-check-ok-summary = { $path }: ok — { $summary }
# $path is the file; $count how many errors.
cli-check-errors = { $path }: { $count } error(s)
# $path is the scenario file; $count how many errors its translation files have.
cli-check-translation-errors = { $path }: { $count } error(s) in its translations
# $path is a translation file.
cli-check-ok = { $path }: ok
# $title is the scenario's title; $articles, $sessions, $events, $treaties (preformatted) and
# $frontier are counts; $nash says whether there is a Nash point (point or none), with the
# two sides' utilities there, $japan and $russia, preformatted ("0.61").
cli-check-summary = "{ $title }": { $articles ->
        [one] { $articles } article
       *[other] { $articles } articles
    }, { $sessions ->
        [one] { $sessions } session
       *[other] { $sessions } sessions
    }, { $events ->
        [one] { $events } event
       *[other] { $events } events
    }, { $treaties } possible treaties, a Pareto frontier of { $frontier } treaties, at the opening a { $nash ->
        [point] Nash point at utilities { $japan } / { $russia }
       *[none] no treaty beats breaking off for both sides at the start
    }

## `--analysis`: the bargaining picture at the opening. Utilities are preformatted ("0.612").

cli-check-reservation = Reservation values at the opening: Japan { $japan }, Russia { $russia }
cli-check-article = Article
cli-check-nash-treaty = Nash treaty
cli-check-signed-1905 = Signed 1905
cli-check-utilities-1905 = Utilities of the 1905 treaty: Japan { $japan }, Russia { $russia }
# $distance is the distance between the two points, preformatted.
cli-check-nash-treaty-utilities = Nash treaty: Japan { $japan }, Russia { $russia }; distance from 1905 { $distance }
