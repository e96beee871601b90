# Spørgsmålet før man forlader bordet eller afslutter.

confirm-leave-table = Forlad bordet?
confirm-seat-kept = Din plads forbliver din: Vend tilbage på titelskærmen bringer dig tilbage til den.
confirm-autosaved = Dit spil er gemt automatisk: Fortsæt på titelskærmen bringer dig tilbage til det.
confirm-leave = Forlad
    .tip = Gå til titelskærmen
confirm-quit-question = Afslut Portsmouth 1905?
confirm-games-saved = Dine spil er gemt.
confirm-quit = Afslut
    .tip = Luk spillet
confirm-stay = Bliv
    .tip = Luk dette spørgsmål (Esc)
