# "Hvad tilfældet afgjorde": efter spillet, hvordan hver begivenhed, som scenariet overlader
# til tilfældet, faldt ud i dette spil, ved siden af 1905.

export-chance-title = Hvad tilfældet afgjorde
export-chance-note = Hvor scenariet overlader en begivenhed fra 1905 til tilfældet: hvordan den faldt ud i dette spil. Så længe begge delegationer spillede trækkene fra 1905, kom hver af dem som i 1905.
# $event: begivenhedens titel; $percent: dens chance i scenariet, i procent.
export-chance-came = { $event }: det skete, som i 1905 (en chance på { $percent }% i dette scenarie).
export-chance-missed = { $event }: ikke i dette spil; i 1905 skete det (en chance på { $percent }% i dette scenarie).
