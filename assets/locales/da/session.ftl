# De linjer, bordet viser, når et træk afvises, eller en plads skifter hænder.

session-not-your-turn = Det er ikke din tur.
session-not-connected = Trækket blev ikke sendt: dette spil er ikke forbundet til sin klasse.
session-not-sent = Trækket blev ikke sendt: { $reason }
session-you-sit = Du sidder nu for { $title }; computeren trækker ikke længere for den side.
session-computer-sits = Computeren ({ $agent }) sidder igen for { $title }.
