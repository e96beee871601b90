# The debrief: how the conference ended, at home, clause by clause, and the analysis.

# $problem is why the original does not replay (English, from the engine).
debrief-original-broken = The original game does not replay: { $problem }
debrief-no-outcome = An ending no outcome describes
debrief-no-outcome-lower = an ending no outcome describes
# $player is the title of the side that decided differently; $turn the turn; $original the original save's name.
debrief-what-if = What if — { $player } decided turn { $turn } differently; the original is { $original }
# $outcome is the outcome's title; $japan and $russia are percentages ("66%").
debrief-original = Original: { $outcome } — Japan { $japan }, Russia { $russia }
# $session is the session the unfinished original reached.
debrief-original-unfinished = Original: saved unfinished, in session { $session }
# $outcome is the outcome's title; $japan and $russia are percentages ("66%").
debrief-this-branch = This branch: { $outcome } — Japan { $japan }, Russia { $russia }
# $article is the article's title; $ours and $original the options (from the scenario).
debrief-differing = { $article }: { $ours } (original: { $original })
# $them is the computer delegation's title ("Komura").
debrief-last-word = { $them }'s last word
debrief-at-home = At home
# $side is "Japan" or "Russia"; $text the scenario's words.
debrief-aftermath = { $side ->
        [Japan] Japan
       *[Russia] Russia
    }: { $text }
# $side is "Japan" or "Russia"; $result is "ratified", "unrest" or "refused"; $text the scenario's words.
debrief-aftermath-result = { $side ->
        [Japan] Japan
       *[Russia] Russia
    } — { $result ->
        [ratified] ratified
        [unrest] ratified amid unrest
       *[refused] ratification refused
    }: { $text }
debrief-clauses = Clause by clause, beside the treaty of 5 September 1905
debrief-as-in-1905 = as in 1905
debrief-better-for-japan = better for Japan
debrief-better-for-russia = better for Russia
debrief-better-for-both = better for both
debrief-differs = differs
debrief-how-each-moved = How each article moved
debrief-for-the-teacher = For the teacher: the bargaining space
debrief-this-game = This game
debrief-nash = Nash bargaining point
debrief-treaty-ring = The treaty of 1905 (ring)
debrief-pareto = Pareto frontier
# $side is "Japan" or "Russia"; $utility and $walk_away are percentages ("66%").
debrief-side-utility = { $side ->
        [Japan] Japan
       *[Russia] Russia
    }: { $utility } (walk-away { $walk_away })
debrief-on-frontier = On the frontier: no treaty was better for both.
debrief-inside-frontier = Inside the frontier: a treaty better for both existed.
debrief-new-game = New game
    .tip = Start another conference
debrief-save = Save
    .tip = Save this finished game, to replay or compare
debrief-export-minutes = Export minutes
    .tip = Write the whole conference as Markdown, for discussion or grading
debrief-export-result = Export result
    .tip = Write this game's result file, for the class results wall
debrief-what-if-button = What if…
    .tip = Take this game back to any turn and decide it differently
debrief-title = Title
    .tip = Back to the title screen
debrief-axis-japan = Japan →
debrief-axis-russia = Russia
# $party is the side's name (scenario); $worth a percentage ("66%").
debrief-worth = Worth to { $party }: { $worth }
# $party is the side's name (scenario); $worth and $worth_1905 are percentages ("66%").
debrief-worth-beside-1905 = Worth to { $party }: { $worth } — the treaty of 1905 was worth { $worth_1905 } to your side
debrief-class-private = The other delegation's values and limits stay with the class server: your teacher's dashboard shows how every table did.
# $table is the class table's code.
debrief-transcript = { $table } — the transcript
debrief-class-export-minutes-tip = Write the talks as your delegation saw them, as Markdown
debrief-class-title-tip = Leave the table and go back to the title screen
