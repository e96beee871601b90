# A result in plain words: how a side did beside its negotiator of 1905, and what the treaty
# settled on the biggest questions. $compared (and $japan, $russia) is one of much-better,
# little-better, same, little-worse, much-worse.

export-plain-against-1905 = { $compared ->
        [much-better] much better than
        [little-better] a little better than
       *[same] about as well as
        [little-worse] a little worse than
        [much-worse] much worse than
    } 1905
# $title: the negotiator the player stood in for (Komura Jutarō).
export-plain-you-did = You did { $compared ->
        [much-better] much better than
        [little-better] a little better than
       *[same] about as well as
        [little-worse] a little worse than
        [much-worse] much worse than
    } { $title } did in 1905.
# $japanTitle and $russiaTitle: the two negotiators of 1905.
export-plain-both-did = Japan did { $japan ->
        [much-better] much better than
        [little-better] a little better than
       *[same] about as well as
        [little-worse] a little worse than
        [much-worse] much worse than
    } { $japanTitle } did in 1905, and Russia { $russia ->
        [much-better] much better than
        [little-better] a little better than
       *[same] about as well as
        [little-worse] a little worse than
        [much-worse] much worse than
    } { $russiaTitle }.
export-plain-refused = A treaty was signed but refused at home, so nothing it said came about.
export-plain-no-treaty = No treaty was signed: nothing was settled, and the war could go on.
# An article ($article) and what this treaty settled on it ($option); $then, what 1905 settled.
export-plain-settled = { $article }: { $option }
export-plain-settled-as-1905 = { $article }: { $option } (as in 1905)
export-plain-settled-unlike-1905 = { $article }: { $option } (in 1905: { $then })
export-plain-settled-join = { "; " }
# $settled: the articles, each as export-plain-settled…, joined by export-plain-settled-join.
export-plain-biggest = On the biggest questions: { $settled }.
export-plain-for-the-teacher = Each side's result is scored from 0 (its worst possible treaty) to 1 (its best), and its walk-away value is what breaking off was worth to it. The Pareto frontier is the set of treaties that cannot be made better for one side without making them worse for the other: a result inside it left something on the table for both. The Nash point is the treaty on the frontier that shares the gain over walking away most evenly (it maximises the product of both sides' gains). Neither is what a delegate should have done; they are yardsticks for discussing what was possible.
