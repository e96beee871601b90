# Klassens resultattavle som tekst (`portsmouth wall` i terminalen). Scenariets titler og
# etiketter kommer fra resultatfilerne.

# $scenario: scenariets titel; $count: hvor mange spil tavlen viser.
export-wall-title = KLASSENS RESULTATER – { $scenario } – { $count ->
        [one] { $count } spil
       *[other] { $count } spil
    }
# $count: resultater af andre scenarier i mappen.
export-wall-other-scenarios = ({ $count ->
        [one] { $count } resultat af andre scenarier udeladt
       *[other] { $count } resultater af andre scenarier udeladt
    })
export-wall-outcomes = UDFALD
# Markerer udfaldet fra 1905.
export-wall-historical = <- 1905
export-wall-articles = HVER ARTIKELS ENDELIGE VILKÅR (* = 1905)
# Spil, hvor en artikel ikke blev afgjort.
export-wall-open = ingen traktat / åben
# $about og $much: tærsklerne, færdigformaterede ("0.05").
export-wall-against-1905 = MOD KOMURA OG WITTE I 1905 (omtrent lige så godt: inden for { $about } af 1905 på skalaen fra værste traktat 0 til bedste 1; meget: { $much } eller mere)
# $side: narrate-side-japan eller narrate-side-russia; $better, $same, $worse: hvor mange af
# dens delegationer der klarede sig bedre, lige så godt eller dårligere end 1905.
export-wall-tally = { $side }: { $better } bedre, { $same } lige så godt, { $worse } dårligere
