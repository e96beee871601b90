# Referatet af et spil (Markdown), lærerens eksemplar: dets egne overskrifter, etiketter og
# sætninger. Scenariets tekst og fortællingen kommer andetsteds fra.

# $scenario: scenariets titel.
export-minutes-title = { $scenario } – referat af konferencen
# $seed: spillets seed.
export-minutes-seed = **Seed** { $seed } (samme scenarie, seed og træk genskaber dette spil)
# $session: det møde, spillet er nået til; $sessions: hvor mange scenariet har.
export-minutes-unfinished = Forhandlingerne er stadig i gang: møde { $session } af { $sessions }.
export-minutes-outcome = Udfald
export-minutes-no-outcome = Ingen af scenariets udfald passer på denne afslutning.
# Rækker i tabellen med tal; kolonnerne er Japan og Rusland.
export-minutes-utility = Resultatets nytte (0 værste traktat, 1 bedste)
export-minutes-walk-away = En afbrydelse ville have givet
export-minutes-1905-gave = Traktaten fra 1905 gav
# $date: dagen, traktaten fra 1905 blev underskrevet (date-long).
export-minutes-beside-1905 = Ved siden af traktaten fra { $date }
# Kolonneoverskrifter.
export-minutes-article = Artikel
export-minutes-this-game = Dette spil
export-minutes-1905 = 1905
export-minutes-notes = Historikerens noter
export-minutes-sources-differ = Hvor kilderne er uenige:
export-minutes-sources = Kilder:
export-minutes-no-reference = (ingen henvisning)
export-minutes-additional-articles = Tillægsartikler
# Overskriften over en kolonne af underskrifter: $sovereign, i hvis navn de underskriver.
export-minutes-signed-for = For { $sovereign }
# En underskrift under seglet: $name.
export-minutes-seal = (L.S.) { $name }
export-minutes-what-if = Hvad nu hvis
# $name: det oprindelige spils fil; $turn: det træk, der blev besluttet anderledes; $player: af hvem.
export-minutes-what-if-from = Dette spil forgrener sig fra *{ $name }*: de samme træk indtil træk { $turn }, som { $player } besluttede anderledes.
# $problem: hvorfor det ikke kan genskabes.
export-minutes-no-replay = Det oprindelige spil kan ikke genskabes: { $problem }
# Hvordan et spil endte: $outcome, scenariets udfald (eller export-minutes-no-outcome-of-scenario);
# $japan og $russia: nytteværdierne, færdigformaterede.
export-minutes-ending = { $outcome } (Japan { $japan }, Rusland { $russia })
export-minutes-no-outcome-of-scenario = intet af scenariets udfald
# $session: det møde, det blev gemt i.
export-minutes-ending-unfinished = ufærdigt, gemt i møde { $session }
# $ending: som export-minutes-ending.
export-minutes-the-original = Det oprindelige: { $ending }
export-minutes-this-branch = Denne forgrening: { $ending }
export-minutes-branch-same = Hver artikel endte som i det oprindelige spil.
export-minutes-branch-lost = Ingen traktat i denne forgrening: hver artikel, det oprindelige spil afgjorde, er tabt.
export-minutes-branch-gained = Denne forgrening har en traktat, hvor det oprindelige spil ingen havde.
# Kolonneoverskrifter for de artikler, der er forskellige.
export-minutes-branch-column = Denne forgrening
export-minutes-original-column = Det oprindelige
