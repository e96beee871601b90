# De linjer, bordet viser, når et træk afvises, eller en plads skifter hænder.

session-not-your-turn = Det er ikke din tur.
session-not-connected = Trækket blev ikke sendt: dette spil er ikke forbundet til sin klasse.
session-not-sent = Trækket blev ikke sendt: { $reason }
session-you-sit = Du sidder nu for { $title }; computeren trækker ikke længere for den side.
session-computer-sits = Computeren ({ $agent }) sidder igen for { $title }.

session-difficulty-yielding = Eftergivende
    .tip = Giver sig tidligt og studerer ikke dine prioriteter: et første spil.
session-difficulty-steady = Stabil
    .tip = Giver jævnt efter og lærer af dine forslag, hvad du lægger vægt på.
session-difficulty-shrewd = Snu
    .tip = Står fast som den virkelige delegation, læser dine prioriteter og bruger presse, telegrammer og ultimatummer.
session-difficulty-historical = Som i 1905
    .tip = Gentager den virkelige delegations træk, så længe du lader den.
