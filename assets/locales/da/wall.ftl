# Klassens resultatvæg.

wall-heading = Klassens resultater
wall-empty = Ingen resultater endnu i { $folder }. Hvert spils efterbehandling har "Eksportér resultat"; kopiér klassens resultatfiler ind i denne mappe, eller skriv nogle med `portsmouth simulate --results-dir { $folder }`.
wall-summary = { $scenario } – { $games ->
        [one] { $games } spil
       *[other] { $games } spil
    } – 1905: { $share_1905 } af spillene
wall-from = Fra { $folder }
wall-from-others-left-off = Fra { $folder } ({ $others } resultater fra andre scenarier udeladt)
wall-back = Tilbage
    .tip = Tilbage til titelskærmen (Esc)
wall-show-scenario-accessible = Vis resultaterne for { $title }
wall-show-scenario-tip = Vis dette scenaries resultater fra samme mappe
wall-left-off = Udeladt: { $first }
wall-left-off-more = Udeladt: { $first } (og { $more } filer mere; `portsmouth wall` viser dem)
wall-how-ended = Sådan endte forhandlingerne
wall-as-in-1905 = { $outcome } – som i 1905
wall-articles = Hver artikels endelige vilkår
wall-articles-explain = Mulighederne går fra Japans krav (venstre) til Ruslands holdning (højre); den med omrids er 1905's
wall-no-treaty = ingen traktat ×{ $count }
wall-delegations = Mod Komura og Witte
wall-tally = { $side ->
        [Japan] Japan
       *[Russia] Rusland
    }: { $better } bedre · { $same } lige så godt · { $worse } dårligere
wall-delegations-explain = Hver delegations resultat mod sin sides i 1905 (omtrent lige så godt: inden for { $about } på en skala fra værste traktat 0 til bedste 1; meget: { $much } eller mere)
wall-more =
    … og { $more } mere
    (`portsmouth wall` viser alle)

# One line of the standings: $side is the side's name, $who the player (a student's name, or
# the computer's level), $count how many results it stands for (shown from 2 on), $compared
# how it did beside the negotiator of 1905 (one of the wall-*-better/-worse below).
wall-standing = { $side }: { $who }{ $count ->
        [1] {""}
       *[other] { " " }×{ $count }
    }
wall-standing-compared = { $side }: { $who }{ $count ->
        [1] {""}
       *[other] { " " }×{ $count }
    } – { $compared }
wall-much-better = meget bedre end i 1905
wall-little-better = lidt bedre end i 1905
wall-about-the-same = omtrent som i 1905
wall-little-worse = lidt værre end i 1905
wall-much-worse = meget værre end i 1905
