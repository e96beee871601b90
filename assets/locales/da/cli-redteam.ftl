# `portsmouth redteam`: skriptede strategier mod computerens delegerede.

cli-redteam-heading = { $scenario } — red team: { $scripts } skripter × { $sides } { $sides ->
        [one] side
       *[other] sider
    } × { $levels } { $levels ->
        [one] niveau
       *[other] niveauer
    } × { $games } spil, frø { $seed }, { $threads } { $threads ->
        [one] tråd
       *[other] tråde
    }
cli-redteam-progress = { $bar } { $done }/{ $batches } portioner  resterer { $eta }

## Tabellen

cli-redteam-side = side
cli-redteam-level = niveau
cli-redteam-best-script = bedste skript
cli-redteam-params = parametre
cli-redteam-utility = nytte
cli-redteam-reference = ref.
cli-redteam-gain = gevinst
cli-redteam-ceiling = loft
cli-redteam-agree = aftale
cli-redteam-refused = afvist
cli-redteam-refused-turns = Skripternes ture afvist af reglerne (et skripts fejl): { $count }
