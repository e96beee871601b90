# Et resultat i almindelige ord: hvordan en side klarede sig ved siden af sin forhandler fra
# 1905, og hvad traktaten afgjorde i de største spørgsmål. $compared (og $japan, $russia) er
# én af much-better, little-better, same, little-worse, much-worse.

export-plain-against-1905 = { $compared ->
        [much-better] meget bedre end
        [little-better] lidt bedre end
       *[same] omtrent lige så godt som
        [little-worse] lidt dårligere end
        [much-worse] meget dårligere end
    } 1905
# $title: den forhandler, spilleren var i stedet for (Komura Jutarō).
export-plain-you-did = Du klarede dig { $compared ->
        [much-better] meget bedre end
        [little-better] lidt bedre end
       *[same] omtrent lige så godt som
        [little-worse] lidt dårligere end
        [much-worse] meget dårligere end
    } { $title } gjorde i 1905.
# $japanTitle og $russiaTitle: de to forhandlere fra 1905.
export-plain-both-did = Japan klarede sig { $japan ->
        [much-better] meget bedre end
        [little-better] lidt bedre end
       *[same] omtrent lige så godt som
        [little-worse] lidt dårligere end
        [much-worse] meget dårligere end
    } { $japanTitle } gjorde i 1905, og Rusland { $russia ->
        [much-better] meget bedre end
        [little-better] lidt bedre end
       *[same] omtrent lige så godt som
        [little-worse] lidt dårligere end
        [much-worse] meget dårligere end
    } { $russiaTitle }.
export-plain-refused = En traktat blev underskrevet, men afvist derhjemme, så intet af det, den sagde, blev til noget.
export-plain-no-treaty = Ingen traktat blev underskrevet: intet blev afgjort, og krigen kunne fortsætte.
# En artikel ($article) og hvad traktaten afgjorde om den ($option); $then, hvad 1905 afgjorde.
export-plain-settled = { $article }: { $option }
export-plain-settled-as-1905 = { $article }: { $option } (som i 1905)
export-plain-settled-unlike-1905 = { $article }: { $option } (i 1905: { $then })
export-plain-settled-join = { "; " }
# $settled: artiklerne, hver som export-plain-settled…, sat sammen med export-plain-settled-join.
export-plain-biggest = I de største spørgsmål: { $settled }.
export-plain-for-the-teacher = Hver sides resultat måles fra 0 (dens værst mulige traktat) til 1 (dens bedste), og dens værdi ved afbrydelse er, hvad en afbrydelse var værd for den. Pareto-fronten er de traktater, der ikke kan gøres bedre for den ene side uden at blive dårligere for den anden: et resultat inden for den efterlod noget på forhandlingsbordet til begge. Nash-punktet er den traktat på fronten, der deler gevinsten i forhold til en afbrydelse mest ligeligt (den maksimerer produktet af begge siders gevinster). Ingen af dem er, hvad en delegeret burde have gjort; de er målestokke til at drøfte, hvad der var muligt.
