# "Behind the table": after the game, what each computer delegation kept to itself. The
# figures in brackets are for the teacher.

export-behind-title = Behind the table
export-behind-note = What each computer delegation kept to itself, drawn for this game from the scenario's ranges and played at its level; in brackets, the drawn figures. It insists on more whenever the other side reopens an agreed article against it.
# Who speaks for a party that names no delegate: $party, the party's name.
export-behind-delegation = { $party }'s delegation
# $party: the party's name; $agent: the computer's name on the command line (delegate:steady);
# $insisted: how far it held out (little, part, half, most, nearly); $resolve: the figure.
export-behind-resolve = { $party } (the computer, { $agent }): it { $insisted ->
        [little] would have settled for little more than breaking off
        [part] held out for part of the way to what it thought fair
        [half] held out for about half-way to what it thought fair
        [most] held out for most of the way to what it thought fair
       *[nearly] held out for nearly what it thought fair
    } [resolve { $resolve }].
# $patience: less, same or more patient than $persona, the scenario's delegate;
# $patienceValue and $pressure: the figures.
export-behind-patience = It was { $patience ->
        [less] less patient than
        [same] about as patient as
       *[more] more patient than
    } the scenario's { $persona } [patience ×{ $patienceValue }, pressure ×{ $pressure }].
# As export-behind-patience, at an easier or harder level: $level, the level's name; $pace,
# sooner or later.
export-behind-patience-level = It was { $patience ->
        [less] less patient than
        [same] about as patient as
       *[more] more patient than
    } the scenario's { $persona } [patience ×{ $patienceValue }, pressure ×{ $pressure }], and at the { $level } level it gave way { $pace ->
        [sooner] sooner
       *[later] later
    } than at full strength.
# $session: the session's number; $date: its date (date-long).
export-behind-walk-out = It was ready to lay down its terms and walk out from session { $session }, { $date }, if the other side had not come near them, and from then on to stand on all it thought fair should the other side stop moving towards it.
export-behind-no-walk-out = It was not ready to walk out before the last session.
# The paragraph: export-behind-resolve, export-behind-patience (or -level), then the walk-out.
export-behind-paragraph = { $resolve } { $patience } { $walkOut }
