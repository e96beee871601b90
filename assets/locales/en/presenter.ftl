# The presenter view: the table for a projector. (It also uses the header's session line and
# calendar days and the board's words.)

# $them is a side's player title (e.g. "Komura").
presenter-offers = { $them } offers
presenter-how-far-apart = How far apart
presenter-zone = Zone of agreement
# $term is the agreed option's title, from the scenario.
presenter-agreed = AGREED: { $term }
presenter-opens = The conference opens.
# Who made the latest move: $title the player title, $side japan or russia, $session a number.
presenter-mover = { $title } ({ $side ->
        [japan] Japan
       *[russia] Russia
    }) — session { $session }
presenter-public = What each side has said in public
# $position is the side's public position, from the scenario.
presenter-position = { $title } ({ $side ->
        [japan] Japan
       *[russia] Russia
    }): { $position }
# $articles lists article titles.
presenter-cares = Known to care most about: { $articles }
