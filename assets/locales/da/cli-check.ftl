# `portsmouth check`: hvad en scenariefil indeholder, eller hvad der er galt med den (selve problemerne er scenarietjekkets, på engelsk).

cli-check-ok-summary = { $path }: ok – { $summary }
cli-check-errors = { $path }: { $count } fejl
cli-check-translation-errors = { $path }: { $count } fejl i oversættelserne
cli-check-ok = { $path }: ok
cli-check-summary = "{ $title }": { $articles } { $articles ->
        [one] artikel
       *[other] artikler
    }, { $sessions } { $sessions ->
        [one] møde
       *[other] møder
    }, { $events } { $events ->
        [one] begivenhed
       *[other] begivenheder
    }, { $treaties } mulige traktater, en Pareto-front på { $frontier } traktater, ved åbningen { $nash ->
        [point] et Nash-punkt ved nytte { $japan } / { $russia }
       *[none] ingen traktat, der for begge sider er bedre end afbrydelse
    }

## `--analysis`: forhandlingsbilledet ved åbningen.

cli-check-reservation = Reservationsværdier ved åbningen: Japan { $japan }, Rusland { $russia }
cli-check-article = Artikel
cli-check-nash-treaty = Nash-traktat
cli-check-signed-1905 = Underskrevet 1905
cli-check-utilities-1905 = Nytte af traktaten fra 1905: Japan { $japan }, Rusland { $russia }
cli-check-nash-treaty-utilities = Nash-traktat: Japan { $japan }, Rusland { $russia }; afstand fra 1905 { $distance }
