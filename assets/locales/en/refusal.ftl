# Why the rules refuse a move, as the player is told.
# Variables (names come from the scenario, untranslated here): $article and $linked are
# articles' titles; $author and $to a delegate's or the mediator's name; $capital a
# delegation's capital; $order a clause of the instructions; $side, $from and $to_move a
# side (narrate-side-japan or narrate-side-russia).

refusal-conference-over = The conference is over.
refusal-not-your-turn = It is { $to_move }'s turn, not { $side }'s.
refusal-nothing-to-answer = { $from } has no proposal on the table to answer.
refusal-no-mediator-proposal = { $mediator } has no proposal on the table.
refusal-last-look-answer-only = The treaty is complete: accept or decline { $mediator }'s amendment as a whole, and nothing else.
refusal-answer-names-no-article = The answer to { $to } names no article.
refusal-answer-names-unknown-article = The answer names an article this conference does not have.
refusal-not-in-proposal = { $article } is not part of { $author }'s proposal.
refusal-two-answers = { $article } is given two different answers.
refusal-package-split = { $author } linked { $article } with { $linked }: they must be answered together.
refusal-settled-by-other-answer = { $article } is already settled this turn by your answer to { $side }.
refusal-empty-proposal = A proposal needs at least one term.
refusal-no-such-article = No such article.
refusal-no-such-option = { $article } has no such option.
refusal-not-tabled-later = { $article } is not on the table yet: it comes up later.
# $date: the session's day ("10 August").
refusal-not-tabled-on = { $article } is not on the table yet: it comes up on { $date }.
refusal-not-tabled-in-session = { $article } is not on the table yet: it comes up in session { $number }.
refusal-settled-this-turn = { $article } was settled by your answer this turn.
refusal-already-agreed = { $article } is already agreed on exactly that.
# $act: accept, propose or demand. $option: the option's label. $linked: yes when the terms
# would be allowed if they came linked with terms that meet the instruction.
refusal-forbidden = Your instructions from { $capital } forbid you to { $act ->
        [accept] accept
        [demand] demand
       *[propose] propose
    } { $article }: { $option }{ $linked ->
        [yes] { " " }unless it comes linked with terms that meet them
       *[no] { "" }
    } (“{ $order }”). A cable home may change them.
refusal-no-such-press = No such press statement for your delegation.
# $label: the statement's headline.
refusal-press-used = You have already given the statement “{ $label }”.
refusal-no-such-instruction = No such instruction to ask about.
refusal-instruction-lifted = “{ $order }” no longer binds you.
refusal-cable-awaited = You are still waiting for { $capital }'s answer to your last cable.
refusal-no-time-for-cable = No answer could arrive before the last session ends.
refusal-mediator-already-asked = You have already appealed to { $mediator } in this session.
refusal-ultimatum-stands = Your earlier ultimatum still stands.
refusal-empty-ultimatum = An ultimatum must name the terms it demands.
refusal-deadline-out-of-range = The deadline must be a session from { $first } to { $last }.
refusal-ultimatum-unknown-term = The ultimatum names an unknown term.
refusal-ultimatum-not-tabled = { $article } is not on the table yet.
refusal-ultimatum-already-agreed = Those terms are already agreed.
