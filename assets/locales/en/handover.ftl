# The hot-seat hand-over between two players at one machine.

# $session is the session's number; $date its long date.
handover-session = Session { $session } — { $date }
# $player is the next player's title, from the scenario.
handover-opens = The conference opens: { $player } speaks first
# $player is the previous player's title, from the scenario.
handover-put-away = { $player }'s papers are put away
# $next and $previous are the players' titles; $side is "Japan" or "Russia".
handover-pass-seat = Pass the seat to { $next }, for { $side ->
        [Japan] Japan
       *[Russia] Russia
    }. { $previous } should not look while { $next } reads.
# $player is the next player's title.
handover-i-am = I am { $player } — show my papers
    .tip = Reveal your instructions and the table as your delegation sees it
