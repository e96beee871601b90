# Hvorfor reglerne afviser et træk, som spilleren får det at vide.
# Variabler (navne fra scenariet, uoversatte her): $article og $linked er artiklers titler;
# $author og $to en delegats eller mæglerens navn; $capital en hovedstad; $order et punkt i
# instrukserne; $side, $from og $to_move en side (narrate-side-japan eller narrate-side-russia).

refusal-conference-over = Konferencen er forbi.
refusal-not-your-turn = Det er { $to_move }s tur, ikke { $side }s.
refusal-nothing-to-answer = { $from } har intet forslag på bordet at svare på.
refusal-no-mediator-proposal = { $mediator } har intet forslag på bordet.
refusal-last-look-answer-only = Traktaten er færdigforhandlet: du kan kun acceptere eller afvise { $mediator }s ændringsforslag som helhed.
refusal-answer-names-no-article = Svaret til { $to } nævner ingen artikel.
refusal-answer-names-unknown-article = Svaret nævner en artikel, som denne konference ikke har.
refusal-not-in-proposal = { $article } er ikke en del af { $author }s forslag.
refusal-two-answers = { $article } får to forskellige svar.
refusal-package-split = { $author } har bundet { $article } sammen med { $linked }: de skal besvares samlet.
refusal-settled-by-other-answer = { $article } er allerede afgjort i dette træk ved dit svar til { $side }.
refusal-empty-proposal = Et forslag skal have mindst ét vilkår.
refusal-no-such-article = Den artikel findes ikke.
refusal-no-such-option = { $article } har ikke den valgmulighed.
refusal-not-tabled-later = { $article } er endnu ikke på bordet: den kommer op senere.
refusal-not-tabled-on = { $article } er endnu ikke på bordet: den kommer op den { $date }.
refusal-not-tabled-in-session = { $article } er endnu ikke på bordet: den kommer op på møde { $number }.
refusal-settled-this-turn = { $article } blev afgjort ved dit svar i dette træk.
refusal-already-agreed = { $article } er allerede aftalt på netop det.
# $act: accept, propose eller demand. $linked: yes, hvis vilkårene var tilladt i en pakke med
# vilkår, der opfylder instrukserne.
refusal-forbidden = Dine instrukser fra { $capital } forbyder dig at { $act ->
        [accept] acceptere
        [demand] kræve
       *[propose] foreslå
    } { $article }: { $option }{ $linked ->
        [yes] { " " }medmindre det kommer i en pakke med vilkår, der opfylder dem
       *[no] { "" }
    } (»{ $order }«). En depeche hjem kan ændre dem.
refusal-no-such-press = Din delegation har ingen sådan presseerklæring.
refusal-press-used = Du har allerede afgivet erklæringen »{ $label }«.
refusal-no-such-instruction = Der er ingen sådan instruks at spørge om.
refusal-instruction-lifted = »{ $order }« binder dig ikke længere.
refusal-cable-awaited = Du venter stadig på svar fra { $capital } på din sidste depeche.
refusal-no-time-for-cable = Intet svar kan nå frem, før det sidste møde slutter.
refusal-mediator-already-asked = Du har allerede henvendt dig til { $mediator } på dette møde.
refusal-ultimatum-stands = Dit tidligere ultimatum står stadig ved magt.
refusal-empty-ultimatum = Et ultimatum skal nævne de vilkår, det kræver.
refusal-deadline-out-of-range = Fristen skal være et møde fra { $first } til { $last }.
refusal-ultimatum-unknown-term = Ultimatummet nævner et ukendt vilkår.
refusal-ultimatum-not-tabled = { $article } er endnu ikke på bordet.
refusal-ultimatum-already-agreed = De vilkår er allerede aftalt.
