# Forhandlingernes referat i prosa, sådan som konferencens protokoller lyder: referatet ved
# forhandlingsbordet, watch og replay, og klassens projektor.
# Variabler (navne og titler fra scenariet, uoversatte her):
#   $actor    en delegat og hans side, som narrate-who laver det (»Komura (Japan)«)
#   $title    en delegats navn, eller et mødes, en begivenheds eller et forslags titel
#   $articles artiklernes titler, sat sammen med narrate-articles-join; $count hvor mange
#   $terms    vilkår, hvert som narrate-term, sat sammen med narrate-terms-join

narrate-term = { $article } – { $option }
narrate-terms-join = { "; " }
narrate-articles-join = { ", " }
narrate-articles-join-last = {" "}og{" "}
# Én artikel i sådan en liste.
narrate-article = { $article }
# Indleder en pakke af flere vilkår; vilkårene følger efter et mellemrum.
narrate-together = samlet, alt eller intet:

narrate-side-japan = Japan
narrate-side-russia = Rusland
narrate-who = { $title } ({ $side })

narrate-proposes = { $actor } foreslår:
narrate-press = { $actor } taler til pressen – »{ $label }«: { $text }
narrate-cable = { $actor } telegraferer til { $capital } og beder om at blive løst fra »{ $order }«.
narrate-cable-again = { $actor } telegraferer igen til { $capital } og beder om at blive løst fra »{ $order }«.
narrate-appeal = { $actor } henvender sig til { $mediator }.
narrate-ultimatum = { $actor } stiller et ultimatum: enighed senest på mødet den { $date } om { $terms } – ellers afbryder { $side }.
narrate-breaks-off = { $actor } afbryder forhandlingerne.
narrate-waits = { $actor } venter.
narrate-accepts = { $count ->
    [one] { $actor } accepterer { $to }s vilkår om artiklen { $articles }.
   *[other] { $actor } accepterer { $to }s vilkår om artiklerne { $articles }.
}
narrate-rejects = { $count ->
    [one] { $actor } afviser { $to }s vilkår om artiklen { $articles }.
   *[other] { $actor } afviser { $to }s vilkår om artiklerne { $articles }.
}
narrate-rejects-with-own = { $count ->
    [one] { $same_count ->
            [one] { $actor } afviser { $to }s vilkår om artiklen { $articles } og dermed også vilkårene om artiklen { $same }, som svarer til hans egne.
           *[other] { $actor } afviser { $to }s vilkår om artiklen { $articles } og dermed også vilkårene om artiklerne { $same }, som svarer til hans egne.
        }
   *[other] { $same_count ->
            [one] { $actor } afviser { $to }s vilkår om artiklerne { $articles } og dermed også vilkårene om artiklen { $same }, som svarer til hans egne.
           *[other] { $actor } afviser { $to }s vilkår om artiklerne { $articles } og dermed også vilkårene om artiklerne { $same }, som svarer til hans egne.
        }
}
narrate-rejects-own = { $same_count ->
    [one] { $actor } afviser { $to }s vilkår om artiklen { $same }, skønt de svarer til hans egne.
   *[other] { $actor } afviser { $to }s vilkår om artiklerne { $same }, skønt de svarer til hans egne.
}
narrate-asks-set-aside = { $count ->
    [one] { $actor } beder om at lægge artiklen { $articles } til side.
   *[other] { $actor } beder om at lægge artiklerne { $articles } til side.
}

narrate-ending-all-agreed = Alle artikler er aftalt: traktaten er færdigforhandlet.
narrate-ending-time-up-treaty = Det sidste møde slutter. Traktaten underskrives på de aftalte artikler; åbne artikler afgøres, som scenariet foreskriver.
narrate-ending-time-up-no-treaty = Det sidste møde slutter med en væsentlig artikel uafklaret: der bliver ingen traktat.
narrate-ending-walkout = { $actor } afbryder konferencen.
narrate-ending-ultimatum = Ultimatummet fra { $actor } udløber uden at være opfyldt: { $side } afbryder konferencen.
narrate-ending-recalled = { $capital } kalder sin delegation hjem: konferencen er forbi.

narrate-session = Møde { $number } – { $date } – { $title }
narrate-agreed = AFTALT – { $term } (foreslået af { $author })
narrate-agreed-on-reopening = AFTALT EFTER GENÅBNING – { $term } (foreslået af { $author })
narrate-set-aside = { $count ->
    [one] Synspunkterne er ført til protokols; lagt til side: { $articles }.
   *[other] Synspunkterne er ført til protokols; lagt til side: { $articles } ({ $count } artikler).
}
narrate-mediator-terms-await = { $count ->
    [one] Mæglerens vilkår om { $articles } afventer nu { $title }s svar.
   *[other] Mæglerens vilkår om { $articles } afventer nu { $title }s svar.
}
narrate-lapsed = { $count ->
    [one] { $author }s vilkår om { $articles } er trukket af bordet.
   *[other] { $author }s vilkår om { $articles } er trukket af bordet.
}
narrate-dispatch = DEPECHE fra { $from }: { $title } – { $text }
narrate-event = BEGIVENHED: { $title }
narrate-cable-unchanged = { $capital } vil ikke ændre dine instrukser.
narrate-cable-answer = TELEGRAM til { $title } – { $text }
narrate-instructions-bind = INSTRUKSER: »{ $order }« binder nu { $title }.
narrate-instructions-release = INSTRUKSER: »{ $order }« binder ikke længere { $title }.
narrate-mediator-proposes-named = { $mediator } foreslår – { $title }: { $text }
narrate-mediator-proposes = { $mediator } foreslår et kompromis:
narrate-at-request = På { $title }s anmodning:
narrate-mediator-declined = { $mediator } ser for øjeblikket intet kompromis at foreslå { $title }.
narrate-last-look = Traktaten er færdigforhandlet. Før underskriften foreslår { $mediator } en ændring, som, efter hvad hver delegation har betroet ham, ikke koster nogen af siderne noget og gavner mindst én af dem:
narrate-last-look-declined = { $title } holder fast ved traktaten, som den blev aftalt; { $mediator }s ændringsforslag bortfalder.
narrate-ultimatum-met = Ultimatummet fra { $actor } er opfyldt.
narrate-ultimatum-overtaken = Ultimatummet fra { $actor } bortfalder: dets artikler er nu aftalt, men ikke alle på de vilkår, det krævede.

narrate-withdraws-back-to = { $who } trækker sin formulering om { $article }, »{ $from }«, tilbage og beder i stedet om »{ $to }«.
narrate-withdraws = { $who } trækker sin formulering om { $article }, »{ $from }«, tilbage: den er ikke længere med i hans forslag.

# Efterbehandlingen efter spillet (watch, replay).
narrate-debrief-plain = KORT FORTALT
narrate-debrief-outcome = UDFALD: { $title }
narrate-debrief-no-outcome = UDFALD: ingen af scenariets udfald passer til denne afslutning.
narrate-debrief-at-home = DERHJEMME
narrate-debrief-aftermath = { $side }: { $text }
narrate-debrief-aftermath-result = { $side } – { $result }: { $text }
narrate-ratified = ratificeret
narrate-ratified-amid-unrest = ratificeret under uro
narrate-ratification-refused = ratifikation nægtet
narrate-debrief-sources = Kilder: { $sources }
narrate-debrief-clauses = ARTIKEL FOR ARTIKEL, SAMMENHOLDT MED TRAKTATEN AF 5. SEPTEMBER 1905
narrate-debrief-signed = 1905: { $signed } ({ $verdict })
narrate-verdict-same = som i 1905
narrate-verdict-japan = bedre for Japan
narrate-verdict-russia = bedre for Rusland
narrate-verdict-both = bedre for begge
narrate-verdict-different = anderledes
narrate-debrief-teacher = TIL LÆREREN: FORHANDLINGSRUMMET
narrate-debrief-utilities = Nytteværdier (0 = værste traktat, 1 = bedste; ved afbrydelse = hvad en afbrydelse var værd; andel af den mulige gevinst = hvor meget af spillerummet mellem afbrydelse og 1 resultatet tog)
narrate-debrief-utility = { $side } { $utility }   ved afbrydelse { $walkaway }   andel af den mulige gevinst { $share }
narrate-debrief-pareto-yes = Pareto-optimalt: ja (afstand til fronten { $distance })
narrate-debrief-pareto-no = Pareto-optimalt: nej – der fandtes en traktat, der var bedre for begge (afstand til fronten { $distance })
narrate-debrief-nash = Nash-forhandlingspunktet ligger ved { $japan } / { $russia }; afstand fra dette resultat { $distance }
narrate-debrief-no-nash = Til sidst var ingen traktat bedre end en afbrydelse for begge sider.
narrate-debrief-history = Afstand fra traktaten fra 1905 i nytteværdi: { $distance }
