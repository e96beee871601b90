# Hvorfor en kørsel af spil mellem computerdelegationer (simulate, tournament, redteam, watch) ikke kan begynde.

batch-list-separator = { ", " }
batch-no-such-level = scenariet har intet sværhedsniveau '{ $level }'; det har: { $levels }
batch-too-many-games = --games { $games }: { $shape ->
        [pairings] { $games } spil for hver af { $pairings } parringer giver { $total } spil
       *[single] { $games } spil
    }, flere end de { $max }, én kørsel spiller; kør flere med forskellige seeds, eller færre agenter
