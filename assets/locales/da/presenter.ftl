# Præsentationsvisningen: forhandlingsbordet til en projektor.

presenter-offers = { $them } tilbyder
presenter-how-far-apart = Hvor langt fra hinanden
presenter-zone = Enighedszone
presenter-agreed = ENIGE: { $term }
presenter-opens = Konferencen åbner.
presenter-mover = { $title } ({ $side ->
        [japan] Japan
       *[russia] Rusland
    }) – møde { $session }
presenter-public = Hvad hver side har sagt offentligt
presenter-position = { $title } ({ $side ->
        [japan] Japan
       *[russia] Rusland
    }): { $position }
presenter-cares = Kendt for at lægge mest vægt på: { $articles }
