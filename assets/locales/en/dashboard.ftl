# The teacher's dashboard and presenter view in the browser (src/net/dashboard). The pages'
# scripts fill the variables; a message with $count has a form per plural category.
# $table: a table's name; $side: Japan or Russia; $delegate: Komura or Witte; $time: a
# duration such as 1:15 or a time of day; $name: a student's or agent's name.

## The pages

dashboard-page-title = Portsmouth 1905 — the class
dashboard-skip = Skip to the tables
dashboard-subtitle = — the class
dashboard-languages = Languages
dashboard-connecting = Connecting to the class server…
dashboard-whole-class = The whole class
dashboard-pause = Pause all tables
dashboard-resume = Resume all tables
dashboard-turn-minutes = Time per turn (minutes)
dashboard-no-limit = No limit
dashboard-set-time = Set the time
dashboard-gradebook = Download the gradebook (CSV)
dashboard-new-tables = New tables
dashboard-scenario = Scenario
dashboard-loading-scenarios = Loading scenarios…
dashboard-japan-seat = Japan (Komura)
dashboard-russia-seat = Russia (Witte)
dashboard-how-many = How many tables
dashboard-seed = Seed
dashboard-seed-hint = (optional: the same seed, the same game)
dashboard-empty-seat = Empty seat to the computer after (minutes)
dashboard-empty-seat-hint = (counted from when the other seat is taken; empty: never)
dashboard-name = Name
dashboard-optional = (optional)
dashboard-create = Create
dashboard-tables = Tables
dashboard-no-tables = No tables yet: create some above, then give each pair its code.
dashboard-wall = Class results
dashboard-wall-none = No table has finished yet.

## The connection and the server's answers

dashboard-live = Live
dashboard-updated = — updated { $time }
dashboard-figures-from = — the figures below are from { $time }
dashboard-reconnecting = Reconnecting…
dashboard-refused = Not connected: the key was refused
dashboard-no-key = Not connected: no teacher key
dashboard-needs-key = This page needs the teacher key: open the dashboard link the server printed when it started (…/teacher?key=…).
dashboard-no-answer = The class server does not answer. Is it still running, and is this machine on its network?
dashboard-key-refused = The server refused the teacher key. Open the dashboard link the server printed when it started.
# $reason: the server's own words.
dashboard-key-refused-because = The server refused the teacher key: { $reason }. Open the dashboard link the server printed when it started.
# $status: the HTTP status, such as "500 Internal Server Error".
dashboard-server-answered = The server answered { $status }.

## The whole class

dashboard-tables-count = { $count ->
    [one] { $count } table
   *[other] { $count } tables
}
dashboard-count-waiting = { $count } waiting for students
dashboard-count-playing = { $count } playing
dashboard-count-finished = { $count } finished
# $tables: "4 tables".
dashboard-summary = { $tables }.
# $tables: "4 tables"; $parts: "1 playing, 3 finished".
dashboard-summary-parts = { $tables }: { $parts }.
dashboard-list-separator = { ", " }
# Between a label and its value inside a line ("Japan, Group 3: 0.51").
dashboard-label-colon = { ": " }
dashboard-time-per-turn-is = Time per turn: { $time }.
dashboard-no-time-limit = No time limit per turn.
dashboard-paused-summary = The class is paused: no moves until you resume.
dashboard-all-paused = All tables paused.
dashboard-all-resumed = All tables resumed.
dashboard-bad-minutes = Time per turn: give a whole number of minutes from 1 to 120, or tick “No limit”.
dashboard-time-set = { $count ->
    [one] Time per turn: { $count } minute.
   *[other] Time per turn: { $count } minutes.
}
dashboard-gradebook-done = Gradebook downloaded.

## A table's card

dashboard-status-waiting = Waiting for students
dashboard-status-playing = Playing
dashboard-status-finished = Finished
dashboard-code = Code
dashboard-seats = Seats
dashboard-download = Download:
dashboard-file-save = Save
dashboard-file-minutes = Minutes
dashboard-file-result = Result
# $file: Save, Minutes or Result.
dashboard-downloaded = { $file } of { $table }: downloaded.
dashboard-more-time = More time (+{ $count } min)
dashboard-more-time-done = { $count ->
    [one] { $table }: { $count } more minute for this turn.
   *[other] { $table }: { $count } more minutes for this turn.
}
dashboard-show-presenter = Show in presenter view
# $scenario: the scenario's title; $seed: its seed.
dashboard-meta = { $scenario } · seed { $seed }
dashboard-session-of = Session { $session } of { $sessions }
dashboard-talks-over = The talks are over.
dashboard-not-taken = Not taken yet: { $side }
# $first, $second: the two delegations.
dashboard-not-taken-both = Not taken yet: { $first } and { $second }
dashboard-waiting-for-seat = Waiting for a seat to be taken
dashboard-to-move-for = { $side } to move, for { $time }
dashboard-to-computer-in = to the computer in { $time } if nobody comes
dashboard-empty-seat-rule = an empty seat goes to the computer { $time } after the other is taken
# $line: the pieces above, joined by dashes.
dashboard-waiting-line = { $line }.
dashboard-to-move-waiting = { $side } ({ $delegate }) to move — waiting { $time }
# $limit: the time per turn.
dashboard-to-move-waiting-of = { $side } ({ $delegate }) to move — waiting { $time } of { $limit }
dashboard-named-to-move-waiting = { $name }, { $side } ({ $delegate }) to move — waiting { $time }
dashboard-named-to-move-waiting-of = { $name }, { $side } ({ $delegate }) to move — waiting { $time } of { $limit }
dashboard-over-time = over the time per turn
dashboard-paused-mark = (paused)
# $agreed: articles agreed; $count: articles in all.
dashboard-agreed-of = { $count ->
    [one] Agreed: { $agreed } of { $count } article
   *[other] Agreed: { $agreed } of { $count } articles
}
# $outcome: the outcome's title in the scenario.
dashboard-outcome = Outcome: { $outcome }
dashboard-nobody-came = { $table }: nobody took { $side }'s seat, so the computer plays it now.
dashboard-computer = Computer
# $level: the computer's level, such as Steady.
dashboard-computer-level = Computer ({ $level })
dashboard-nobody-took = nobody took the seat
dashboard-agent = Outside agent
dashboard-agent-named = Outside agent: { $name }
dashboard-student-named = Student: { $name }
dashboard-student-free = Student seat, not taken yet
dashboard-connected = connected
dashboard-not-connected = not connected
dashboard-show-token = Show token
dashboard-hide-token = Hide token
dashboard-hand-to-computer = Hand to the computer
dashboard-hand-question = Hand { $side }'s seat at { $table } to the computer? Whoever holds the seat now is disconnected and the computer plays it to the end.
dashboard-hand-question-named = Hand { $side }'s seat ({ $name }) at { $table } to the computer? Whoever holds the seat now is disconnected and the computer plays it to the end.
dashboard-handed = { $table }: { $side } is now played by the computer.
dashboard-reopen = Open for a student
# $code: the table's code.
dashboard-reopen-question = Open { $side }'s seat at { $table } again? Whoever holds it now is disconnected, its old token stops working, and the next student to join with the code { $code } takes it where the talks stand.
dashboard-reopen-question-named = Open { $side }'s seat ({ $name }) at { $table } again? Whoever holds it now is disconnected, its old token stops working, and the next student to join with the code { $code } takes it where the talks stand.
dashboard-reopened = { $table }: { $side }'s seat is open: the student joins with the code { $code }.
dashboard-japan = Japan
dashboard-russia = Russia
dashboard-komura = Komura
dashboard-witte = Witte

## The results wall

# $japan, $russia: how many tables each side did better at than in 1905.
dashboard-wall-summary = { $count ->
    [one] { $count } table has finished. Tables where Japan did better than in 1905: { $japan }; where Russia did: { $russia }.
   *[other] { $count } tables have finished. Tables where Japan did better than in 1905: { $japan }; where Russia did: { $russia }.
}
dashboard-better-than-1905 = better than 1905
dashboard-worse-than-1905 = worse than 1905
dashboard-as-in-1905 = as in 1905
dashboard-no-1905 = no 1905 figure to compare
# $utility: the side's utility in 1905, such as 0.59.
dashboard-in-1905 = (1905: { $utility })

## New tables

dashboard-scenarios-unavailable = Scenarios unavailable
# $reason: why, in the server's or the browser's words.
dashboard-scenarios-failed = The list of scenarios did not load: { $reason }
dashboard-no-scenarios = No scenarios on the server
dashboard-choice-student = A student
dashboard-choice-computer = The computer — { $level }
dashboard-choice-agent = An outside agent (a program)
dashboard-choose-scenario = Choose a scenario first (the server lists none yet).
dashboard-bad-count = How many tables: a whole number from 1 to 60.
# $max: the largest seed.
dashboard-bad-seed = Seed: a whole number from 0 to { $max }, or leave it empty.
dashboard-bad-empty-seat = Empty seat to the computer after: a whole number of minutes from 1 to 120, or leave it empty.
# $codes: the new tables' codes, separated by commas.
dashboard-created = { $count ->
    [one] Table created: code { $codes }.
   *[other] { $count } tables created: codes { $codes }.
}

## The presenter view

dashboard-presenter-title = Portsmouth 1905 — presenter view
dashboard-presenter-join = Join with the code
dashboard-presenter-agreed = Agreed
dashboard-presenter-none-agreed = Nothing agreed yet.
dashboard-presenter-still-open = Still open
dashboard-presenter-last-moves = The last moves
dashboard-presenter-back = Back to the class dashboard
# $table: the table's id in the address.
dashboard-presenter-no-table = There is no table { $table } on this server. Go back to the dashboard and choose one.
dashboard-presenter-shown-as-at = — shown as at { $time }
dashboard-presenter-waiting = Waiting for the students to join.
dashboard-presenter-to-move = { $side } ({ $delegate }) to move — { $time }
dashboard-presenter-agreed-of = Agreed: { $agreed } of { $count }
dashboard-presenter-left-open = Left open: { $count }
dashboard-presenter-open-count = Still open: { $count }
dashboard-presenter-move = Session { $session } — { $side }
# $date: the session's date in the scenario.
dashboard-presenter-move-dated = Session { $session }, { $date } — { $side }
# $text: the reason a delegation gave, in its own words.
dashboard-presenter-quoted = “{ $text }”
dashboard-presenter-over = the talks are over
dashboard-presenter-needs-key = This page needs the teacher key: open it from the class dashboard.
dashboard-presenter-no-id = This address names no table: open the presenter view from the class dashboard.
