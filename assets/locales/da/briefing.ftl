# Instrukserne: sidens fortrolige instrukser.

briefing-the-delegate = delegerede
briefing-confidential = FORTROLIGT – fra { $capital } til { $player }
briefing-instructions-for = Instrukser til { $delegate }
briefing-if-talks-fail = Hvis forhandlingerne bryder sammen
briefing-red-lines = Absolut nødvendigt – dine røde linjer
briefing-necessary = • { $text }
briefing-necessary-cable = • { $text } (en depeche hjem kan måske ophæve dette)
briefing-reserved = Instrukser, hovedstaden stadig kan pålægge
briefing-tradeable = Hvad du kan give efter på – andel af alt, du har på spil
briefing-guarded = Beskyttet af dine røde linjer
briefing-public-position = { $party }s officielle holdning
briefing-situation = Situationen
briefing-words-to-know = Ord, du bør kende
briefing-take-seat = Tag plads ved bordet
    .tip = Åbn forhandlingsbordet; instrukserne kan stadig læses fra bordets knap Instrukser
