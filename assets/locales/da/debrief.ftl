# Efterbehandlingen: hvordan konferencen endte, derhjemme, artikel for artikel og analysen.

debrief-original-broken = Det oprindelige spil kan ikke genspilles: { $problem }
debrief-no-outcome = En afslutning, som intet udfald beskriver
debrief-no-outcome-lower = en afslutning, som intet udfald beskriver
debrief-what-if = Hvad nu hvis – { $player } besluttede træk { $turn } anderledes; originalen er { $original }
debrief-original = Original: { $outcome } – Japan { $japan }, Rusland { $russia }
debrief-original-unfinished = Original: gemt ufærdig, i møde { $session }
debrief-this-branch = Denne gren: { $outcome } – Japan { $japan }, Rusland { $russia }
debrief-differing = { $article }: { $ours } (original: { $original })
debrief-last-word = { $them }s sidste ord
debrief-at-home = Derhjemme
debrief-aftermath = { $side ->
        [Japan] Japan
       *[Russia] Rusland
    }: { $text }
debrief-aftermath-result = { $side ->
        [Japan] Japan
       *[Russia] Rusland
    } – { $result ->
        [ratified] ratificeret
        [unrest] ratificeret under uro
       *[refused] ratifikation nægtet
    }: { $text }
debrief-clauses = Artikel for artikel, sammenholdt med traktaten af 5. september 1905
debrief-as-in-1905 = som i 1905
debrief-better-for-japan = bedre for Japan
debrief-better-for-russia = bedre for Rusland
debrief-better-for-both = bedre for begge
debrief-differs = anderledes
debrief-how-each-moved = Hvordan hver artikel flyttede sig
debrief-for-the-teacher = Til læreren: forhandlingsrummet
debrief-this-game = Dette spil
debrief-nash = Nash-forhandlingspunktet
debrief-treaty-ring = Traktaten af 1905 (ring)
debrief-pareto = Pareto-fronten
debrief-side-utility = { $side ->
        [Japan] Japan
       *[Russia] Rusland
    }: { $utility } (ved afbrydelse { $walk_away })
debrief-on-frontier = På fronten: ingen traktat var bedre for begge.
debrief-inside-frontier = Inden for fronten: der fandtes en traktat, der var bedre for begge.
debrief-new-game = Nyt spil
    .tip = Start en ny konference
debrief-save = Gem
    .tip = Gem dette færdige spil for at genspille eller sammenligne
debrief-export-minutes = Eksportér referat
    .tip = Skriv hele konferencen som Markdown, til diskussion eller bedømmelse
debrief-export-result = Eksportér resultat
    .tip = Skriv dette spils resultatfil til klassens resultatvæg
debrief-what-if-button = Hvad nu hvis…
    .tip = Tag spillet tilbage til et vilkårligt træk og beslut det anderledes
debrief-title = Titel
    .tip = Tilbage til titelskærmen
debrief-axis-japan = Japan →
debrief-axis-russia = Rusland
debrief-worth = Værdi for { $party }: { $worth }
debrief-worth-beside-1905 = Værdi for { $party }: { $worth } – traktaten af 1905 var { $worth_1905 } værd for din side
debrief-class-private = Den anden delegations værdier og grænser bliver på klassens server: lærerens oversigt viser, hvordan hvert bord klarede sig.
debrief-transcript = { $table } – udskriften
debrief-class-export-minutes-tip = Skriv forhandlingerne, som din delegation så dem, som Markdown
debrief-class-title-tip = Forlad bordet og gå tilbage til titelskærmen
