# Det sandsynlige svar under oplæsningen. Målerens ord, grundene og modtagelsen af hver artikel kommer fra motoren.

likely-accessible = { $words }. { $tip }
likely-empty = Sandsynligt svar: sæt betingelser i dit forslag for at se, hvordan { $them } sandsynligvis vil tage dem.
likely-not-allowed = Ikke tilladt: { $breach }
likely-refusal = Hvis du sender dette, vil bordet afvise det: { $refusal }
likely-coarse = En grov aflæsning: { $them } spiller et snedigt spil og skjuler sine kort, så dette viser kun »langt fra hinanden« eller »tæt på«, »han holder fast« eller »han giver måske efter«.
likely-how = Sådan vil { $them } sandsynligvis svare:
likely-insists = – han insisterer på { $count } { $count ->
        [one] artikel
       *[other] artikler
    }
likely-hide-articles = Skjul artikler
    .tip = Luk listen over artikler
likely-by-article = Artikel for artikel
    .tip = Hvordan han sandsynligvis tager hver artikel i dit forslag, og hvorfor
likely-by-article-accessible = Hvordan han sandsynligvis tager hver artikel
likely-hide-draft = Skjul hans udkast
    .tip = Luk hans sandsynlige modforslag
likely-take = Hvad skal der til?
    .tip = Det nærmeste forslag, han sandsynligvis ville underskrive nu, ved siden af dit, til at overtage med ét klik
likely-article = { $article }: { $term } – { $reception }
likely-nothing-near = Intet i nærheden af dit forslag er noget, { $them } sandsynligvis ville underskrive nu, inden for dine instrukser.
likely-already = Dit forslag er allerede et, { $them } sandsynligvis ville underskrive, så vidt det kan ses.
likely-column-article = Artikel
likely-column-yours = Dit
likely-column-his = { $them }s sandsynlige svar
likely-changed = { $term } (ændret)
likely-same = det samme
likely-adopt = Overtag
    .tip = Gør hans sandsynlige modforslag til dit forslag, som én pakke (du kan stadig ændre det, før du sender)
likely-adopt-accessible = Overtag hans sandsynlige modforslag
likely-rough = En grov aflæsning: han holder måske stadig ud.
likely-estimate = Et skøn ud fra protokollen, ikke et løfte.
