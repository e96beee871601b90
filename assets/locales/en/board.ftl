# The articles board: each article, the standing offers on it and the player's proposal.
# Worth is always in percent: 0 the player's worst option on an article, 100 the best.

board-column-article = Article
board-column-state = State
# $them is the other side's player title (e.g. "Witte").
board-column-their-offer = { $them }'s offer
board-column-your-proposal = Your proposal
board-column-package = Pkg
board-column-worth = Worth

board-state-open = open
board-state-agreed = agreed
board-state-set-aside = set aside
# How far apart the two delegations' standing offers are on an article, in options.
board-gap = { $steps ->
        [0] same
        [one] { $steps } step apart
       *[other] { $steps } steps apart
    }
board-set-aside-mark = set aside for now
board-not-proposed = not proposed
board-not-on-agenda = not yet on the agenda
# What an option is worth to the player, in the worth column; $percent is a number.
board-percent = { $percent }%

# An answer button on a standing offer: the answer given (none, accept, reject or set-aside)
# and the term ($term, from the scenario).
board-answer = { $answer ->
        [accept] ACCEPT · { $term }
        [reject] REJECT · { $term }
        [set-aside] SET ASIDE · { $term }
       *[none] { $term }
    }
# What a screen reader says of it: $label is the button's text, $article the article's title.
board-answer-accessible = { $label } on { $article }
board-answer-tip = Answer this offer: accept, reject, set aside or leave it (click to change; A/R/D answer all).
# $others lists the titles of the other articles in the same package.
board-answer-tip-linked = Answer this offer: accept, reject, set aside or leave it (click to change; A/R/D answer all). In one package with { $others }: answered together.
# $letter is the package's letter (A, B, C…); $article the article's title.
board-package-accessible = Package { $letter } for { $article }
board-package = Package
    .tip = Package: articles with the same letter are offered together, all or nothing
# The arrows beside the drafted term; $article is the article's title.
board-previous = Previous option for { $article }
    .tip = Previous option your instructions allow (on an article not in your proposal, the arrow toward the term on the table starts there, the other at your own best)
board-next = Next option for { $article }
    .tip = Next option your instructions allow (on an article not in your proposal, the arrow toward the term on the table starts there, the other at your own best)

# Notes under a term. $term is an option's title from the scenario; $percent a number.
board-worth-to-you = worth { $percent }% to you
board-forbidden = your instructions forbid this
# $count other articles are in the same package as this one.
board-in-package = with { $count } other { $count ->
        [one] article
       *[other] articles
    } (package)
board-taken-back = taken back: was { $term }
board-turned-down = turned down: { $term }
board-on-the-table = on the table: { $term }
board-as-on-the-table = as on the table
board-yours-turned-down = yours turned down: { $term }
board-takes-back = takes back your offer: { $term }

# The board's first line. $them is the other side's player title.
board-summary-no-offer = { $them } has no offer standing on the table.
# $percent is a number.
board-summary-worth = If you accepted all of { $them }'s offer, the treaty would be worth { $percent }% to you.
# $line is the red line's text from the scenario.
board-summary-breach = Accepting all of it would break your instructions: “{ $line }”.
# $count terms of the offer are forbidden by the player's instructions.
board-summary-forbidden = { $count ->
        [one] Your instructions forbid one of its terms.
       *[other] Your instructions forbid { $count } of its terms.
    }
board-summary-unit = Worth to you is in percent: 0% is your worst, 100% your best.

board-counter = Counter from their offer
# $them is the other side's player title.
board-counter-accessible = Counter from { $them }'s offer
board-counter-tip = Start your proposal from { $them }'s offer, term for term and package for package, then change what you will not give
board-repeat = Repeat my proposal
    .tip = Put your proposal standing on the table back in your draft (your answers and action are kept)
