# `portsmouth redteam`: skriptede strategier mod computerens delegerede.

cli-redteam-heading = { $scenario } – red team: { $scripts } skripter × { $sides } { $sides ->
        [one] side
       *[other] sider
    } × { $levels } { $levels ->
        [one] niveau
       *[other] niveauer
    } × { $games } spil, seed { $seed }, { $threads } { $threads ->
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

# Efter tabellen, én linje pr. side: hvor meget mere det bedste skript får, i sin egen nytte,
# mod det første spillede niveau end mod det sidste. $side er siden, $gap forformateret ("+0.045"),
# $easier og $harder niveauernes id.
cli-redteam-gap = { $side }: det bedste skript mod { $easier } minus det bedste mod { $harder }: { $gap } (i skriptets egen nytte)
