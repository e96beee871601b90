# `portsmouth estimate`: forhandlingsbordets vurdering af et udkast. Ordene for modtagelsen og grundene kommer fra motoren (områderne estimate og estimate-reasons).

cli-estimate-game-over = spillet er slut: angiv hvis udkast det er med --side japan eller --side russia
cli-estimate-no-proposal = { $side ->
        [Japan] Japan
       *[Russia] Rusland
    } har intet forslag på forhandlingsbordet: angiv et udkast med --draft article=option,...
cli-estimate-heading = { $me }s udkast, som { $him } sandsynligvis vil modtage det ({ $reading ->
        [coarse] en grov vurdering
       *[fine] en fin vurdering
    }):
cli-estimate-whole-draft = Hele udkastet: { $meter }
cli-estimate-before-you-send = Før du sender: { $breach }
cli-estimate-take-as-it-stands = Hvad skal der til: dette udkast, som det står.
cli-estimate-take = Hvad skal der til:
cli-estimate-take-changed = { $article }: { $option }   (ændret)
cli-estimate-take-nothing = Hvad skal der til: intet, som dine instrukser tillader på disse artikler, ville få { $him } til at underskrive nu.
cli-estimate-take-no-answer = Hvad skal der til: intet nu – { $him } har ikke flere træk at svare på et forslag i.
cli-estimate-draft-form = --draft { $term }: skriv hvert vilkår som article=option, f.eks. korea=free_hand
