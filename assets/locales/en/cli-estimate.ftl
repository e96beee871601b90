# `portsmouth estimate`: the deal table's estimate of a draft. The words of the reception
# and of the reasons come from the engine (the estimate and estimate-reasons areas).

cli-estimate-game-over = the game is over: say whose draft it is with --side japan or --side russia
# $side is Japan or Russia.
cli-estimate-no-proposal = { $side ->
        [Japan] Japan
       *[Russia] Russia
    } has no proposal on the table: give a draft with --draft article=option,...
# $me and $him are the two delegations' titles (from the scenario); $reading is coarse or fine.
cli-estimate-heading = { $me }'s draft, as { $him } is likely to receive it ({ $reading ->
        [coarse] a coarse reading
       *[fine] a fine reading
    }):
# $meter is how near the whole draft is (the engine's words).
cli-estimate-whole-draft = The whole draft: { $meter }
# $breach is one of the player's own red lines the draft breaches (the engine's words).
cli-estimate-before-you-send = Before you send: { $breach }
cli-estimate-take-as-it-stands = What would it take: this draft as it stands.
cli-estimate-take = What would it take:
# An article the nearest draft changes: $article its title, $option the option (from the scenario).
cli-estimate-take-changed = { $article }: { $option }   (changed)
# $him is the other delegation's title.
cli-estimate-take-nothing = What would it take: nothing your instructions allow on these articles would bring { $him } to sign now.
cli-estimate-take-no-answer = What would it take: nothing now — { $him } has no turn left to answer a proposal.
# $term is the term as given.
cli-estimate-draft-form = --draft { $term }: write each term as article=option, e.g. korea=free_hand
