# Artikeloversigten: hver artikel, de stående forslag og spillerens eget forslag.
# Værdi er altid i procent: 0 spillerens værste mulighed på en artikel, 100 den bedste.

board-column-article = Artikel
board-column-state = Status
board-column-their-offer = { $them }s forslag
board-column-your-proposal = Dit forslag
board-column-package = Pk.
board-column-worth = Værdi

board-state-open = åben
board-state-agreed = enige
board-state-set-aside = udsat
board-gap = { $steps ->
        [0] ens
        [one] { $steps } trin fra hinanden
       *[other] { $steps } trin fra hinanden
    }
board-set-aside-mark = udsat indtil videre
board-not-proposed = ikke foreslået
board-not-on-agenda = endnu ikke på dagsordenen
board-percent = { $percent } %

board-answer = { $answer ->
        [accept] ACCEPTÉR · { $term }
        [reject] AFVIS · { $term }
        [set-aside] UDSÆT · { $term }
       *[none] { $term }
    }
board-answer-accessible = { $label } om { $article }
board-answer-tip = Svar på dette forslag: acceptér, afvis, udsæt eller lad være (klik for at skifte; A/R/D svarer på alle).
board-answer-tip-linked = Svar på dette forslag: acceptér, afvis, udsæt eller lad være (klik for at skifte; A/R/D svarer på alle). I én pakke med { $others }: besvares samlet.
board-package-accessible = Pakke { $letter } for { $article }
board-package = Pakke
    .tip = Pakke: artikler med samme bogstav tilbydes samlet, alt eller intet
board-previous = Forrige mulighed for { $article }
    .tip = Forrige mulighed, dine instrukser tillader (på en artikel uden for dit forslag starter pilen mod betingelsen på bordet dér, den anden ved dit eget bedste)
board-next = Næste mulighed for { $article }
    .tip = Næste mulighed, dine instrukser tillader (på en artikel uden for dit forslag starter pilen mod betingelsen på bordet dér, den anden ved dit eget bedste)

board-worth-to-you = { $percent } % værd for dig
board-forbidden = dine instrukser forbyder dette
board-in-package = med { $count } { $count ->
        [one] anden artikel
       *[other] andre artikler
    } (pakke)
board-taken-back = trukket tilbage: var { $term }
board-turned-down = afvist: { $term }
board-on-the-table = på bordet: { $term }
board-as-on-the-table = som på bordet
board-yours-turned-down = dit afvist: { $term }
board-takes-back = trækker dit forslag tilbage: { $term }

board-summary-no-offer = { $them } har intet forslag på bordet.
board-summary-worth = Hvis du accepterede hele { $them }s forslag, ville traktaten være { $percent } % værd for dig.
board-summary-breach = At acceptere det hele ville bryde dine instrukser: “{ $line }”.
board-summary-forbidden = { $count ->
        [one] Dine instrukser forbyder én af dets betingelser.
       *[other] Dine instrukser forbyder { $count } af dets betingelser.
    }
board-summary-unit = Værdi for dig er i procent: 0 % er dit værste, 100 % dit bedste.

board-counter = Modforslag ud fra deres
board-counter-accessible = Modforslag ud fra { $them }s forslag
board-counter-tip = Begynd dit forslag med { $them }s forslag, betingelse for betingelse og pakke for pakke, og ændr så det, du ikke vil give
board-repeat = Gentag mit forslag
    .tip = Læg dit forslag, der står på bordet, tilbage i dit udkast (dine svar og din handling bevares)
