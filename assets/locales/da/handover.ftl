# Overdragelsen mellem to spillere ved samme maskine.

handover-session = Møde { $session } – { $date }
handover-opens = Konferencen åbner: { $player } taler først
handover-put-away = { $player }s papirer er lagt væk
handover-pass-seat = Giv pladsen til { $next }, for { $side ->
        [Japan] Japan
       *[Russia] Rusland
    }. { $previous } må ikke kigge, mens { $next } læser.
handover-i-am = Jeg er { $player } – vis mine papirer
    .tip = Vis dine instrukser og bordet, som din delegation ser det
