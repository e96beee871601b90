# Hvad nu hvis: et gemt spil taget tilbage til et træk og besluttet anderledes.

what-if-just-played = det spil, der lige er spillet
what-if-heading = Hvad nu hvis…
what-if-explain = Vælg et træk, der skal besluttes anderledes. Spillet tages tilbage til lige før det – de samme træk og de samme begivenheder – og du spiller selv den sides træk; derefter spilles hver side, som den blev i originalen. Efterbehandlingen sammenligner de to.
what-if-no-game = Intet spil valgt: åbn et gemt spil fra Indlæs.
what-if-session = Møde { $session } – { $date } – { $title }
what-if-turn = Træk { $turn }
what-if-turn-accessible = Beslut træk { $turn } anderledes
what-if-turn-tip = Tag spillet tilbage til lige før dette træk og spil det selv som { $player }
what-if-back = Tilbage
    .tip = Tilbage til de gemte spil (Esc: titelskærmen)
