# Forhandlingsbordets hoved: mødet, kalenderen og menuens knapper.

table-header-your-move = Dit træk, { $title } – træk { $turn } af { $total }
table-header-your-move-final = Dit træk, { $title } – træk { $turn } af { $total }, forhandlingernes sidste: et forslag nu kan ikke besvares
table-header-your-move-last-proposal = Dit træk, { $title } – træk { $turn } af { $total }: dit sidste forslag, som { $them } stadig kan besvare
table-header-move-sent = Dit træk er hos serveren …
table-header-move-once-allowed = Dit træk, så snart forbindelsen og læreren tillader det
table-header-seat-closed = Din plads er lukket: forhandlingerne fortsætter uden dig
table-header-waiting-for = Venter på { $title } på den anden side af bordet
table-header-over = Konferencen er slut.
table-header-considering = { $title } overvejer …
table-header-waiting = Venter på den anden delegation
table-header-session = Møde { $number } af { $total } – { $title }
table-header-date-status = { $date } · { $status }
table-header-calendar-day = { $day }. { $month ->
        [1] jan
        [2] feb
        [3] mar
        [4] apr
        [5] maj
        [6] jun
        [7] jul
        [8] aug
        [9] sep
        [10] okt
        [11] nov
       *[12] dec
    }
table-header-brief = Instrukser
    .tip = Læs dine instrukser igen
table-header-save = Gem
    .tip = Gem dette spil under et nyt navn (Ctrl+S)
table-header-title = Titel
    .tip = Tilbage til titelskærmen, efter en bekræftelse; Fortsæt genoptager spillet (Esc)
