# The likely answer's reasons: one sentence each, shown on hover at the table and by
# `portsmouth estimate`. Names come from the scenario (translated with it):
#   $he        the counterpart's title ("Witte"); the sentences call him "he"
#   $article   an article's title; $option an option's label
#   $country   his side's name, as narrate-side-japan / narrate-side-russia
#   $articles  several articles' titles, joined by estimate-reasons-list-…; $count how many
#   $times     how many times (a number)
#   $weight    heavy, moderate or light: how much the article matters to him
#   $demand    nothing, little or much: how much the terms ask of him there

# Names when the scenario has none (a reason from another scenario).
estimate-reasons-this-article = this article
estimate-reasons-another-option = another option
estimate-reasons-these-terms = these terms

# A list of articles' titles: one alone ($name); the last two ($first and $last); and each
# one before them ($first) ahead of the rest of the list already joined ($rest).
estimate-reasons-list-one = { $name }
estimate-reasons-list-pair = { $first } and { $last }
estimate-reasons-list-more = { $first }, { $rest }

## One article

estimate-reasons-already-agreed = There is already agreement on { $article }: { $option }.
estimate-reasons-position-standing = On { $article }, { $he }'s proposal on the table asks for “{ $option }”.
estimate-reasons-position-earlier = On { $article }, { $he } last proposed “{ $option }”.
estimate-reasons-position-presumed = { $he } has named no terms on { $article }; he is expected to want “{ $option }”.
estimate-reasons-refused = { $he } has refused these terms on { $article } { $times ->
        [1] once
        [2] twice
       *[other] { $times } times
    }.
estimate-reasons-beyond-offers = { $he } has never offered as much as this on { $article }.
estimate-reasons-accepted = { $he } has accepted these terms on { $article } before.
estimate-reasons-proposed = { $he } has himself proposed these terms on { $article } before.
# $articles: the other articles his proposal ties to this one ($count of them).
estimate-reasons-linked = { $he }'s proposal ties { $article } to { $count ->
       *[other] { $articles }
    }: he may give here only together with those.
estimate-reasons-estimated = As far as we can tell, { $article } { $weight ->
        [heavy] matters a great deal
        [moderate] matters somewhat
       *[light] matters little
    } to { $he }, and your terms { $demand ->
        [nothing] ask nothing of him there
        [little] ask a little of him there
       *[much] ask a lot of him there
    }.
estimate-reasons-known-priority = { $weight ->
        [heavy] { $country } is known to care greatly about { $article }.
        [moderate] { $country } is known to care about { $article }, though not above all.
       *[light] { $country } is known to care little about { $article }.
    }
estimate-reasons-known-favourite = { $country } was publicly known to favour “{ $option }” on { $article }.
estimate-reasons-refused-in-public = { $country } has declared it will never accept your terms on { $article }.
estimate-reasons-held-firm = { $he } has repeated his terms on { $article } { $times ->
        [1] once
        [2] twice
       *[other] { $times } times
    }.
estimate-reasons-gave-ground = { $he } has already given ground on { $article }.
# $mediator: the mediator's name.
estimate-reasons-mediator-proposed = { $mediator } has proposed “{ $option }” on { $article }.

## The whole draft

# $text: his side's public position, from the scenario.
estimate-reasons-public-position = { $country }'s public position: { $text }
# $from and $text: who sent a public dispatch and what it says, from the scenario.
estimate-reasons-public-news = Public news from { $from }: “{ $text }”
estimate-reasons-spoke-publicly = { $country } has spoken publicly during the talks.
estimate-reasons-phase-early = It is early in the talks: { $he } has little reason to give ground yet.
estimate-reasons-phase-middle = The talks are halfway through: { $he } may give some ground.
estimate-reasons-phase-late = The talks are nearing their end: { $he } should be giving more ground.
estimate-reasons-phase-last-word = This is { $he }'s last chance to answer: he has every reason to settle.
estimate-reasons-nothing-proposed = { $he } has put nothing on the table yet: this reading rests on what the world knows of { $country }'s priorities.
estimate-reasons-within-what-he-gives = Taken together, your terms ask no more of { $he } than he is likely to give now.
# In the next four, $articles names $count articles (English needs no count).
estimate-reasons-insists-on = { $he } is likely to hold out on { $count ->
       *[other] { $articles }
    }.
estimate-reasons-never-offered = You ask more than { $he } has ever offered on { $count ->
       *[other] { $articles }
    }.
estimate-reasons-no-common-ground = On { $count ->
       *[other] { $articles }
    }, { $he } has never offered anything your instructions let you accept: a cable home, or time, may change that.
estimate-reasons-you-give-more = You offer { $he } more than he asks on { $count ->
       *[other] { $articles }
    }.
estimate-reasons-coarse = { $he } plays a shrewd game and hides his hand: this reading is coarse.
estimate-reasons-no-turn-left = { $he } has no turn left: the talks end with yours, and he cannot answer a proposal. What you accept of his terms now is agreed; open articles are settled as the scenario provides.

## The player's own instructions

# $capital: the player's capital; $order: the instruction's text; $linked: yes when the
# terms would be allowed linked with terms that meet the instruction.
estimate-reasons-breach = Your instructions from { $capital } forbid you to propose { $article }: { $option }{ $linked ->
        [yes] { " " }unless it comes linked with terms that meet them
       *[no] { "" }
    } (“{ $order }”).
