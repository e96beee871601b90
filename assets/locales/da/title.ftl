# Titelskærmen.

title-conference = Den russisk-japanske fredskonference, august 1905
title-name = Portsmouth 1905
title-peace = Портсмутский мир – Freden i Portsmouth
title-pitch = Tolv møder på flådeværftet. Spil Komura Jutarō for Japan eller Sergej Witte for Rusland; forhandl om Korea, Manchuriet, Sakhalin og pengene, mens Theodore Roosevelt mægler fra Oyster Bay.

title-new-game = Nyt spil
    .tip = Vælg et scenarie, en side og en modstander
title-continue = Fortsæt
    .tip = Genoptag det spil, du sidst spillede
title-join = Deltag i en klasse
    .tip = Tag plads ved et bord på din lærers klasseserver: adresse, bordkode og dit navn
title-rejoin = Vend tilbage til { $table }
    .tip = Tag igen din plads ved det klassebord, du forlod
title-load = Indlæs
    .tip = Åbn et gemt spil
title-results = Klassens resultater
    .tip = Resultatvæggen for en klasses spil: udfald, spredningen for hver artikel, hvem der klarede sig bedre end i 1905
title-settings = Indstillinger
    .tip = Sprog, projektorindstillinger, høj kontrast, lærerens værktøjer, størrelse på brugerflade og tekst
title-quit = Afslut
    .tip = Luk spillet (Esc spørger først)
title-footer = version { $version } · Tab og Enter når alle knapper · Esc spørger, før spillet lukkes
title-scenarios = Scenarier i denne kopi af spillet
title-scenario-extent = { $sessions ->
        [one] { $sessions } møde
       *[other] { $sessions } møder
    }, { $first } til { $last } · { $articles ->
        [one] { $articles } artikel
       *[other] { $articles } artikler
    } · { $file }
title-scenario-broken = kan ikke indlæses – kør `portsmouth check` på den
