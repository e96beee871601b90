# The computer delegate's words, and the other agents' reasons: what the counterpart says
# at the table. It speaks as a diplomat of 1905. Each kind of sentence has three wordings
# (-1, -2, -3); the game picks one by the delegate's persona and the game's seed, so every
# language needs all three, and they should differ.
#
# Variables, wherever they appear (all come from the scenario, untranslated here):
#   $title    the speaking delegate's name (Komura, Witte)
#   $other    the other delegate's name
#   $capital  the speaker's capital (Tokyo, St Petersburg)
#   $nation   the speaker's country's full name (Empire of Japan)
#   $article  an article's title (Korea, Sakhalin)
#   $order    a clause of the speaker's instructions, quoted
#   $mediator the mediator's name

# How the delegate's sentences are joined into one speech.
words-join = { " " }

# $note: the persona's own words for its written compromise.
words-compromise-1 = { $note }
words-compromise-2 = { $title } puts it in writing. { $note }
words-compromise-3 = { $title } tables a written compromise. { $note }

# $terms: the articles conceded, as "Korea (Japan's free hand), Sakhalin (all to Russia)".
words-opening-1 = { $title } concedes from the start what he judges { $capital } will accept: { $terms }.
words-opening-2 = { $title } opens by granting what his briefing lets him give: { $terms }.
words-opening-3 = To show good faith, { $title } concedes at once: { $terms }.
# A first proposal, with no concessions from the briefing to name.
words-first-terms-1 = { $title } lays his government's terms on the table.
words-first-terms-2 = { $title } opens with the terms { $capital } sent him to obtain.
words-first-terms-3 = { $title } states his country's conditions for peace.
# One conceded term in that list: $article and $option, the option's label.
words-opening-term = { $article } ({ $option })
words-opening-list = { ", " }

words-retreat-1 = { $capital } has stiffened — ‘{ $order }’ — and { $title } must take back his offer on { $article }.
words-retreat-2 = New orders from { $capital }: ‘{ $order }’. { $title } withdraws what he offered on { $article }.
words-retreat-3 = { $title } regrets that he must go back on { $article }: { $capital } now instructs, ‘{ $order }’.
# -across: as the other delegation hears it, the order unquoted (its text stays confidential).
words-retreat-across-1 = { $capital } has stiffened, and { $title } must take back his offer on { $article }.
words-retreat-across-2 = New orders from { $capital }: { $title } withdraws what he offered on { $article }.
words-retreat-across-3 = { $title } regrets that he must go back on { $article }: { $capital } has sent new instructions.
# A retreat forced not by new orders but by the rest of the package, which no longer meets
# an order's condition (the money may go only as the price of northern Sakhalin).
words-retreat-linked-1 = Beside the terms now on the table, { $capital }'s order — ‘{ $order }’ — does not let { $title }'s offer on { $article } stand, and he takes it back.
words-retreat-linked-2 = With the rest of the package as it now stands, { $title } must withdraw his offer on { $article }: { $capital }'s instructions say, ‘{ $order }’.
words-retreat-linked-3 = { $title } regrets that he must go back on { $article }: with the other terms as they now stand, { $capital }'s order applies — ‘{ $order }’.
words-retreat-linked-across-1 = Beside the terms now on the table, { $capital }'s orders do not let { $title }'s offer on { $article } stand, and he takes it back.
words-retreat-linked-across-2 = With the rest of the package as it now stands, { $title } must withdraw his offer on { $article }: { $capital }'s instructions forbid it.
words-retreat-linked-across-3 = { $title } regrets that he must go back on { $article }: with the other terms as they now stand, { $capital }'s orders apply.

# $back: the article whose term is taken back; $given: the article now given.
words-taken-back-1 = { $title } takes back his earlier term on { $back }: it is the price of what he now gives on { $given }.
words-taken-back-2 = { $title } offers more on { $given }, and in exchange withdraws what he had offered on { $back }.
words-taken-back-3 = A new package: { $title } gives ground on { $given }, but asks again for his own terms on { $back }.
# Several terms taken back at once: $back, the articles (a finished list); $given, the article now given.
words-taken-back-many-1 = { $title } takes back his earlier terms on { $back }: they are the price of what he now gives on { $given }.
words-taken-back-many-2 = { $title } offers more on { $given }, and in exchange withdraws what he had offered on { $back }.
words-taken-back-many-3 = A new package: { $title } gives ground on { $given }, but asks again for his own terms on { $back }.
# A term taken back with nothing new given elsewhere: $back, the article.
words-hardens-1 = { $title } goes back to his earlier demand on { $back }.
words-hardens-2 = { $title } withdraws what he had offered on { $back }, and gives nothing new in its place.
words-hardens-3 = On { $back }, { $title } asks again for his own terms.
# Several terms taken back with nothing new given elsewhere: $back, the articles (a finished list).
words-hardens-many-1 = { $title } goes back to his earlier demands on { $back }.
words-hardens-many-2 = { $title } withdraws what he had offered on { $back }, and gives nothing new in its place.
words-hardens-many-3 = On { $back }, { $title } asks again for his own terms.
# The mediator's terms it accepted, which still wait for the other side, linked with what it gives for them: $mediator, the mediator's name.
words-with-mediator-1 = { $title } holds { $mediator }'s terms and what he gives for them together: { $other } may take both or neither.
words-with-mediator-2 = What { $title } gives now is the price of { $mediator }'s terms, so he tables them again with it, all or nothing.
words-with-mediator-3 = { $title } accepts { $mediator }'s terms and links his own offer to them: { $other } cannot take the one and refuse the other.
# The other side has stood still for two sessions: what the delegate now concedes of the other side's own terms stays within its whole offer.
words-kept-whole-1 = { $other } has not moved for two sessions: what { $title } gives now comes only with his whole offer, not article by article.
words-kept-whole-2 = { $title } will not have his steps taken one at a time by a side that gives none: his offer stands together, all or nothing.
words-kept-whole-3 = While { $other } holds his ground, { $title } links every step he takes: { $other } may take the whole offer, or none of it.
words-kept-linked-1 = { $title } gives way on { $article } only as part of his whole offer: so large a step is not given on its own.
words-kept-linked-2 = On { $article } { $title } meets { $other }'s terms, but only with the rest of his offer, all or nothing.
words-kept-linked-3 = { $title } will give way on { $article } within the settlement as a whole, not as a gift by itself.
words-paced-1 = { $other } has come a step nearer; { $title } welcomes it, but is in no hurry to give more ground than he must.
words-paced-2 = While { $other } keeps moving, { $title } gives ground sparingly: { $capital } sees no need to hurry towards a side that is already coming.
words-paced-3 = { $title } notes that { $other } has bettered his offer, and does not rush to match it.
words-held-back-1 = Only at the last sitting does { $other } move, and by so much at once: the room was there all along. { $title } asks for what a fair peace requires, which { $other } may still sign.
words-held-back-2 = { $other } held back through every session before and now offers at one stroke what he long refused; { $title } answers with the fair peace { $capital } asks, which { $other } may still sign.
words-held-back-3 = { $title } tells { $other } that a concession kept back until the final hour buys no more than a fair peace: those terms are on the table, and he will sign them.
# Its instructions forbid the term the other side asks on $article: it reopens the agreed articles $reopened (a list) in the other side's favour to make up for it.
words-makes-up-1 = { $title } may not give what { $other } asks on { $article }; to make up for it, he reopens what was settled on { $reopened }, in { $other }'s favour.
words-makes-up-2 = His instructions forbid { $title } to meet { $other } on { $article }, so he offers more where terms were already settled: { $reopened }.
words-makes-up-3 = { $title } reopens settled terms — not to take back, but to give: on { $reopened }, in place of { $article }.
# Terms taken back once the other side refused the mediator's terms, which the speaker had accepted: $back, the article; $mediator, the mediator's name.
words-mediator-refused-1 = { $other } has refused { $mediator }'s terms, which { $title } had accepted; on { $back } he takes back what he had offered.
words-mediator-refused-2 = { $title } had accepted { $mediator }'s terms; { $other } refused them, so on { $back } { $title } asks for more again.
words-mediator-refused-3 = With { $mediator }'s terms refused by { $other }, { $title } takes back what he had offered on { $back }.
# Several terms taken back that it had given for the mediator's terms, refused since by the other side: $back, the articles (a finished list); $mediator, the mediator's name.
words-mediator-refused-many-1 = { $other } has refused { $mediator }'s terms, which { $title } had accepted; on { $back } he takes back what he had offered.
words-mediator-refused-many-2 = { $title } had accepted { $mediator }'s terms; { $other } refused them, so on { $back } { $title } asks for more again.
words-mediator-refused-many-3 = With { $mediator }'s terms refused by { $other }, { $title } takes back what he had offered on { $back }.
# $given when it is an article: its title.
words-given-article = { $article }

words-reopened-1 = { $other } reopens { $article }, which was settled; { $title } will remember it.
words-reopened-2 = { $title } protests that { $article } was agreed and { $other } now goes back on it: he will be harder to move from here on.
words-reopened-3 = What is agreed should stay agreed, says { $title }: { $other }'s return to { $article } costs him { $title }'s trust.
words-stands-firm-1 = { $other } has conceded next to nothing these two sessions; { $title } will not be worn down, and holds to what a fair peace requires.
words-stands-firm-2 = Session after session { $other } gives hardly any ground: { $capital } will not be seen to give way to a side that does not move, and { $title } stands on a fair peace.
words-stands-firm-3 = { $title } tells { $other } plainly that he has come as far as his country's honour allows; without a step from { $other }, he is ready to go home.

words-blocked-1 = { $capital } forbids it: ‘{ $order }’.
words-blocked-2 = { $title }'s instructions stand in the way: ‘{ $order }’.
words-blocked-3 = { $title } may not agree to that; { $capital }'s orders are plain: ‘{ $order }’.
words-blocked-across-1 = { $capital } forbids it.
words-blocked-across-2 = { $title }'s instructions stand in the way.
words-blocked-across-3 = { $title } may not agree to that; { $capital }'s orders are plain.

words-accepted-1 = { $title } accepts: { $other }'s terms are within his instructions and near enough to his own.
words-accepted-2 = { $other }'s offer meets what { $capital } asked of { $title }, and he takes it.
words-accepted-3 = { $title } can sign that, and says so.
words-accepted-in-part-1 = { $title } takes what he can of { $other }'s terms; the rest he leaves on the table.
words-accepted-in-part-2 = { $title } accepts part of { $other }'s offer, not all of it.
words-accepted-in-part-3 = Some of { $other }'s terms { $title } can sign, and does; the others he cannot.

words-trade-off-1 = { $title } believes both sides can do better than { $other }'s terms, and answers with his own.
words-trade-off-2 = Rather than take { $other }'s offer as it stands, { $title } proposes a trade that should suit { $other } as well.
words-trade-off-3 = { $title } is close to { $other }'s terms, but suggests an exchange he thinks serves both.

words-refused-on-1 = { $title } cannot accept { $other }'s terms on { $article }.
words-refused-on-2 = On { $article }, { $other } still asks more than { $title } can give.
words-refused-on-3 = { $title } refuses: { $other }'s demand on { $article } is too heavy a price for the { $nation }.

# Refused on an article where the other side asks no more than the speaker had itself offered:
# they came within its own package, not with the rest of the other side's offer.
words-refused-own-1 = { $title } had offered as much on { $article } himself, but within his own package, not with the rest of { $other }'s offer.
words-refused-own-2 = On { $article }, { $other } asks no more than { $title } had offered; but { $title } offered it only within his own package.
words-refused-own-3 = { $title } offered as much on { $article } himself, but only as part of his whole package: with the rest of { $other }'s offer, he will not give it.

words-refused-1 = { $other }'s offer does not yet go far enough for { $title }.
words-refused-2 = { $title } hears { $other } out, but the offer is not one he can take to { $capital }.
words-refused-3 = { $title } declines: { $other } will have to move further.

words-unsettled-1 = { $title } will not settle this while { $article } is still open.
words-unsettled-2 = { $title } wants { $article } settled first: left open, the end of the talks would decide it against him.
words-unsettled-3 = Not while { $article } hangs unresolved, says { $title }.

words-meet-1 = { $title } will not let the talks break on this: he meets { $other }'s terms.
words-meet-2 = Faced with { $other }'s packed bags, { $title } gives way.
words-meet-3 = { $title } takes { $other }'s ultimatum seriously and accepts its terms.

words-counter-1 = { $title } does not believe { $other } will leave over so little, and answers the ultimatum with terms of his own.
words-counter-2 = { $title } will not sign { $other }'s terms as dictated, but offers what he can.
words-counter-3 = To { $other }'s ultimatum { $title } replies with a counter-proposal: it is this or nothing.

words-call-1 = { $title } would rather go home than sign { $other }'s ultimatum: let { $other } leave if he must.
words-call-2 = { $title } calls { $other }'s bluff: he cannot sign the terms of the ultimatum.
words-call-3 = { $capital } would never ratify the terms of { $other }'s ultimatum; { $title } lets the deadline run.

# Ground it gives on $article this turn. Say that it moves there, not that $other values the
# article most: from turn to turn it gives on different articles, and a ranking would contradict
# itself within one game.
words-yields-1 = { $title }'s proposal moves on { $article }, a step towards { $other }.
words-yields-2 = { $title } now offers { $other } more than before on { $article }.
words-yields-3 = Reading { $other }'s offers, { $title } moves towards him on { $article }.

# $label: the statement's headline, from the scenario.
words-press-1 = { $title } gives the press a statement: ‘{ $label }’.
words-press-2 = To the reporters waiting outside, { $title } says: ‘{ $label }’.
words-press-3 = { $title } takes his case to the newspapers: ‘{ $label }’.

words-cable-1 = { $title } cables { $capital } for new instructions on ‘{ $order }’.
words-cable-2 = { $title } asks { $capital } whether ‘{ $order }’ must still hold.
words-cable-3 = A cable goes to { $capital }: may { $title } give way on ‘{ $order }’?
# The same request again, its capital having refused it once already.
words-cable-again-1 = { $capital }'s last answer was no; { $title } asks again whether ‘{ $order }’ must still hold.
words-cable-again-2 = { $title } cables { $capital } once more for leave to give way on ‘{ $order }’.
words-cable-again-3 = Another cable goes to { $capital }: may { $title }, after all, give way on ‘{ $order }’?
# The same, with news its delegation has heard since it last asked. $news: that event's title.
words-cable-again-news-1 = There is news since { $title } last asked { $capital } ({ $news }): he asks again whether ‘{ $order }’ must still hold.
words-cable-again-news-2 = { $title } cables { $capital } once more for leave to give way on ‘{ $order }’, pointing to the news that has come since: { $news }.
words-cable-again-news-3 = News has come since { $title } last asked ({ $news }); another cable goes to { $capital }: may he now give way on ‘{ $order }’?

# $date: the session's day, as "10 August".
words-last-word-1 = This is { $title }'s last word: these terms by { $date }, or he leaves.
words-last-word-2 = { $title } will go no further: accept these terms by { $date }, or the delegation sails home.
words-last-word-3 = { $title } lays down his final terms: by { $date }, or there is no treaty.

words-ultimatum-1 = { $title } lets it be known that the delegation's bags are packed: these terms by { $date }, or it leaves Portsmouth.
words-ultimatum-2 = { $title } has booked his passage home: unless these terms are met by { $date }, the talks are over.
words-ultimatum-3 = { $title } sets a date: these terms by { $date }, or { $capital } recalls its delegation.

# It asks the mediator when no article has been agreed this session or the one before. Say
# that, not that nothing moves: the offers often change all the while.
words-mediator-1 = No article has been agreed in these two sessions; { $title } asks { $mediator } to help.
words-mediator-2 = { $title } turns to { $mediator }: nothing has been agreed in these two sessions.
words-mediator-3 = With no new agreement these two sessions, { $title } asks { $mediator } for a way through.

words-walks-out-1 = { $title } will not put his name to a treaty { $capital } would disown, and breaks off the talks.
words-walks-out-2 = { $title } rises from the table: the terms left open would settle against the { $nation }.
words-walks-out-3 = Rather than accept what the clock would settle, { $title } ends the conference.

words-restates-1 = { $title } restates his position.
words-restates-2 = { $title } holds to what he has proposed.
words-restates-3 = { $title } waits for { $other } to move.
words-waits-1 = { $title } keeps his terms for the sessions that take them up.
words-waits-2 = Nothing is on the table yet; { $title } waits for the conference to take up the terms.
words-waits-3 = This sitting settles no terms; { $title } keeps his own for when the articles come up.
words-heeds-refusal-1 = { $other } has told the world he will never agree to it, so { $title }'s last word leaves out his demand on { $article }.
words-heeds-refusal-2 = Knowing that { $other } refused it in public, { $title } no longer asks it on { $article }: his last word must be one { $other } can sign.
words-heeds-refusal-3 = On { $article } { $title } lets go of what { $other } has sworn in public never to grant, so that the peace can be signed.

# The other agents' reasons (reason.rs).
words-off-script = { $title } has left the historical script and weighs every offer against the treaty of 1905.
# $worth and $aim: percentages, preformatted ("66%"); $nation: the side's country.
words-aspiration-met = The offer is worth { $worth } to the { $nation }, which meets what { $title } still aims for ({ $aim }).
words-aspiration-short = The offer is worth { $worth } to the { $nation }; { $title } still aims for { $aim }.
# The offer reaches the aim, but its instructions forbid its terms.
words-aspiration-barred = The offer is worth { $worth } to the { $nation }, enough for what { $title } still aims for ({ $aim }), but his instructions do not allow its terms.
words-aspiration = { $title } aims for { $aim } of the best treaty.
words-random = { $title } acts on a whim.
# An answer to the mediator's amendment of the complete treaty, before the signing (see narrate-last-look).
words-last-look-accept-1 = { $title } accepts { $mediator }'s amendment: his instructions lose nothing by it.
words-last-look-accept-2 = By { $title }'s instructions the amended treaty is worth no less than the one agreed, so he accepts it.
words-last-look-accept-3 = { $title } finds nothing in the amendment his government would refuse, and accepts it.
words-last-look-decline-1 = { $title } keeps the treaty as agreed: the amendment would give up what his instructions value.
words-last-look-decline-2 = { $title } declines { $mediator }'s amendment; his government would count it a loss.
words-last-look-decline-3 = For { $title } the treaty as agreed stands: the amendment costs his side more than it brings.
