# Dialogen, der giver en gemning et navn.

save-name-class-game = Et klassespil gemmes af klassens server, ikke på denne maskine: din lærer kan hente det.
save-name-heading = Gem dette spil
save-name-explain = Giv det det navn, du vil finde det under i Indlæs. Skriv for at erstatte navnet; Enter gemmer, Esc annullerer.
save-name-field = Navn på gemning
    .tip = Gemningens navn, som listen i Indlæs viser det
save-name-save = Gem
    .tip = Gem under dette navn (Enter)
save-name-cancel = Annullér
    .tip = Luk uden at gemme (Esc)
save-name-empty = Giv gemningen et navn (eller Esc for at lade den være ugemt).
save-name-not-saved = Ikke gemt: { $problem }
