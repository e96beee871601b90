# The record of the talks as prose, the way the protocols of the conference read: the
# table's record, `watch` and `replay`, and the class's projector.
#
# Variables (names and titles come from the scenario, untranslated here):
#   $actor    a delegate and his side, as narrate-who makes it ("Komura (Japan)")
#   $title    a delegate's name; or a session's, an event's or a proposal's title
#   $articles articles' titles, joined by narrate-articles-join; $count how many
#   $terms    terms, each as narrate-term, joined by narrate-terms-join

# An article and an option: "Korea — Japan's free hand".
narrate-term = { $article } — { $option }
narrate-terms-join = { "; " }
narrate-articles-join = { ", " }
# Between the last two articles of a list.
narrate-articles-join-last = {" "}and{" "}
# One article in such a list.
narrate-article = { $article }
# Opens a package of several terms in a proposal; the terms follow after a space.
narrate-together = together, all or nothing:

narrate-side-japan = Japan
narrate-side-russia = Russia
# $side: narrate-side-japan or narrate-side-russia.
narrate-who = { $title } ({ $side })

narrate-proposes = { $actor } proposes:
# $label and $text: the statement's headline and its text, from the scenario.
narrate-press = { $actor } speaks to the press — “{ $label }”: { $text }
# $order: the clause of the instructions.
narrate-cable = { $actor } cables { $capital } asking to be released from “{ $order }”.
# The same order asked about again, after the capital said no.
narrate-cable-again = { $actor } cables { $capital } again asking to be released from “{ $order }”.
narrate-appeal = { $actor } appeals to { $mediator }.
# $date: the session's day ("10 August"); $side: the side of the one who issues it.
narrate-ultimatum = { $actor } issues an ultimatum: agree by the session of { $date } to { $terms } — or { $side } breaks off.
narrate-breaks-off = { $actor } breaks off the negotiations.
narrate-waits = { $actor } waits.
# $to: the one whose terms are answered (a delegate or the mediator).
narrate-accepts = { $count ->
    [one] { $actor } accepts { $to }'s terms on { $articles }.
   *[other] { $actor } accepts { $to }'s terms on { $articles }.
}
narrate-rejects = { $count ->
    [one] { $actor } rejects { $to }'s terms on { $articles }.
   *[other] { $actor } rejects { $to }'s terms on { $articles }.
}
# $same: the refused articles on which the terms match the answerer's own proposal (they
# fell with the rest of their package); $same_count: how many.
narrate-rejects-with-own = { $count ->
   *[other] { $same_count ->
           *[other] { $actor } rejects { $to }'s terms on { $articles }, and with them those on { $same }, which match his own.
        }
}
narrate-rejects-own = { $same_count ->
    [one] { $actor } rejects { $to }'s terms on { $same }, though they match his own.
   *[other] { $actor } rejects { $to }'s terms on { $same }, though they match his own.
}
narrate-asks-set-aside = { $count ->
    [one] { $actor } asks to set aside { $articles }.
   *[other] { $actor } asks to set aside { $articles }.
}

narrate-ending-all-agreed = Every article is agreed: the treaty is complete.
narrate-ending-time-up-treaty = The last session ends. The treaty is signed on the articles agreed; open articles are settled as the scenario provides.
narrate-ending-time-up-no-treaty = The last session ends with an essential article unresolved: there is no treaty.
narrate-ending-walkout = { $actor } breaks off the conference.
narrate-ending-ultimatum = The ultimatum from { $actor } runs out unmet: { $side } breaks off the conference.
narrate-ending-recalled = { $capital } recalls its delegation: the conference is over.

# $number: the session's number; $date: its day in full; $title: the session's title.
narrate-session = Session { $number } — { $date } — { $title }
# $term: as narrate-term; $author: who proposed it (a delegate or the mediator).
narrate-agreed = AGREED — { $term } (as proposed by { $author })
narrate-agreed-on-reopening = AGREED ON REOPENING — { $term } (as proposed by { $author })
narrate-set-aside = { $count ->
    [one] Views recorded; set aside: { $articles }.
   *[other] Views recorded; set aside: { $articles }.
}
# $title: the delegate who must answer.
narrate-mediator-terms-await = { $count ->
    [one] The mediator's terms on { $articles } now await { $title }'s answer.
   *[other] The mediator's terms on { $articles } now await { $title }'s answer.
}
narrate-lapsed = { $count ->
    [one] { $author }'s terms on { $articles } are off the table.
   *[other] { $author }'s terms on { $articles } are off the table.
}
# $from: who sends it; $title and $text: the event's title and the dispatch, from the scenario.
narrate-dispatch = DISPATCH from { $from }: { $title } — { $text }
narrate-event = EVENT: { $title }
narrate-cable-unchanged = { $capital } will not change your instructions.
# $text: the answer (from the scenario, or narrate-cable-unchanged).
# The answer names its sender (“Tokyo: …”, “Peterhof: …”); $capital is not needed here.
narrate-cable-answer = CABLE to { $title } — { $text }
# $order: a clause of the instructions; $title: the delegate it binds.
narrate-instructions-bind = INSTRUCTIONS: “{ $order }” now binds { $title }.
narrate-instructions-release = INSTRUCTIONS: “{ $order }” no longer binds { $title }.
# $title and $text: the mediator's proposal, from the scenario.
narrate-mediator-proposes-named = { $mediator } proposes — { $title }: { $text }
narrate-mediator-proposes = { $mediator } proposes a compromise:
narrate-last-look = The treaty is complete. Before the signing, { $mediator } proposes an amendment that, going by what each delegation has told him in confidence, costs neither side anything and benefits at least one of them:
narrate-last-look-declined = { $title } keeps the treaty as agreed; { $mediator }'s amendment falls.
narrate-at-request = At { $title }'s request:
narrate-mediator-declined = { $mediator } sees no compromise to propose to { $title } at present.
narrate-ultimatum-met = The ultimatum from { $actor } is met.
narrate-ultimatum-overtaken = The ultimatum from { $actor } falls away: its articles are now settled, though not all on the terms it demanded.

# Ground taken back. $who: the delegate; $from and $to: the options' labels.
narrate-withdraws-back-to = { $who } withdraws his wording on { $article }, “{ $from }”, and asks instead for “{ $to }”.
narrate-withdraws = { $who } withdraws his wording on { $article }, “{ $from }”: it is no longer in his proposal.

# The debrief after the game (`watch`, `replay`): headings in capitals, as a report's.
narrate-debrief-plain = IN PLAIN WORDS
# $title: the outcome's title, from the scenario.
narrate-debrief-outcome = OUTCOME: { $title }
narrate-debrief-no-outcome = OUTCOME: none of the scenario's outcomes matches this ending.
narrate-debrief-at-home = AT HOME
# $side: narrate-side-japan or narrate-side-russia; $text: the reaction, from the scenario.
narrate-debrief-aftermath = { $side }: { $text }
# $result: one of the three below.
narrate-debrief-aftermath-result = { $side } — { $result }: { $text }
narrate-ratified = ratified
narrate-ratified-amid-unrest = ratified amid unrest
narrate-ratification-refused = ratification refused
# $sources: the scenario's sources, joined by commas.
narrate-debrief-sources = Sources: { $sources }
narrate-debrief-clauses = CLAUSE BY CLAUSE, BESIDE THE TREATY OF 5 SEPTEMBER 1905
# After the article and this game's term: $signed, the term signed in 1905; $verdict, one
# of the five below.
narrate-debrief-signed = 1905: { $signed } ({ $verdict })
narrate-verdict-same = as in 1905
narrate-verdict-japan = better for Japan
narrate-verdict-russia = better for Russia
narrate-verdict-both = better for both
narrate-verdict-different = different
narrate-debrief-teacher = FOR THE TEACHER: THE BARGAINING SPACE
narrate-debrief-utilities = Utilities (0 = worst treaty, 1 = best; walk-away = what breaking off was worth; share of the possible gain = how much of the room between walk-away and 1 the result took)
# One side's figures: $side as narrate-side-japan; the figures are preformatted ("0.612"; $share "36%").
narrate-debrief-utility = { $side } { $utility }   walk-away { $walkaway }   share of the possible gain { $share }
# $distance: a figure, preformatted.
narrate-debrief-pareto-yes = Pareto-optimal: yes (distance to the frontier { $distance })
narrate-debrief-pareto-no = Pareto-optimal: no — a treaty better for both existed (distance to the frontier { $distance })
# $japan and $russia: each side's utility at the point.
narrate-debrief-nash = Nash bargaining point at { $japan } / { $russia }; distance from this result { $distance }
narrate-debrief-no-nash = No treaty was better than breaking off for both sides at the end.
narrate-debrief-history = Distance from the 1905 treaty in utilities: { $distance }
