# How far apart the two delegations' standing offers are on one article, as the presenter's
# board shows it to a class.

gap-same-terms = samme vilkår: én accept gør det aftalt
gap-widest = så langt fra hinanden, som det kan blive
# $steps (2 or more) counts the options between the two offers.
gap-steps = { $steps ->
    [1] ét trin fra hinanden
    [2] to trin fra hinanden
    [3] tre trin fra hinanden
    [4] fire trin fra hinanden
    [5] fem trin fra hinanden
    [6] seks trin fra hinanden
    [7] syv trin fra hinanden
    [8] otte trin fra hinanden
   *[other] { $steps } trin fra hinanden
}
# $offers is Japan's player title, $asks Russia's.
gap-crossed = { $offers } tilbyder mere, end { $asks } kræver
# $title is the player title of the side whose terms alone are on the table.
gap-only-one = kun { $title }s vilkår
gap-no-offers = ingen vilkår endnu
