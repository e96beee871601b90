# The command line's own words: the phrases its commands share (outputs that would destroy an
# input, files that could not be written), and the messages of the commands with only a few.
# A "help:" line is printed indented under the message it helps with; the word "help" and
# the options (--out, --force…) are what a user types or searches for, so keep the options
# as they are. Engine errors passed in as $error stay in English.

## Outputs

# $flag is the option naming the output (--out); $path the file; $error why, from the system.
cli-output-cannot-write = { $flag } { $path }: cannot write there: { $error }
cli-output-cannot-write-help = help: give the name of a file in an existing folder (the file is created, or replaced whole)
# $flag and $path name the output; $what which input it is; $input that input's file.
cli-output-is-input = { $flag } { $path }: this is { $what ->
        [scenario] the scenario file
        [base-scenario] a base file of the scenario
        [scenario-link] a scenario file
        [save] the save file
       *[result] a result file
    } the command reads ({ $input }); writing there would destroy it
cli-output-is-input-help = help: give the output another name
# $flag and $path name one output, $other_flag and $other_path the other.
cli-output-is-other-output = { $flag } { $path }: this is the same file as { $other_flag } { $other_path }; one would overwrite the other
cli-output-is-other-output-help = help: give each output its own name
cli-write-help = help: check there is space on the disk and that the folder is writable; any previous version of the file is unchanged
# $path is the file; $error why, from the system.
cli-could-not-write = could not write { $path }: { $error }
# $path is the file; $error why, from the system.
cli-cannot-create = cannot create { $path }: { $error }
# $path is the file; $error why, from the system.
cli-cannot-write = cannot write { $path }: { $error }
# $error is why, from the system.
cli-could-not-print = error: could not print the output: { $error }
cli-could-not-print-help = help: if the output goes to a file, free some space there or send it elsewhere; the command's own files were written first
# $path is the file written.
cli-results-written = Results written to { $path }
# $seconds is preformatted ("12.3").
cli-time = Time: { $seconds } s
# $side is Japan or Russia.
cli-side = { $side ->
        [Japan] Japan
       *[Russia] Russia
    }

## The game's window

cli-game-lang = the game's language is chosen in its Settings (the first start follows the system's); --lang is for the subcommands, for example `portsmouth tour DIR --lang ja`
cli-no-window = This build has no window (built without the `gui` feature). Try `portsmouth --help` for the headless commands.
cli-open-lang = the game's language is chosen in its Settings (the first start follows the system's); --lang is for the headless subcommands
# $folder is the folder for the pictures; $error why, from the system.
cli-tour-cannot-create = cannot create the folder { $folder }: { $error }
cli-tour-cannot-create-help = help: give a folder that exists or can be created

## portsmouth branch

# $scenario is the scenario's title; $turns how many turns the game had.
cli-branch-heading = { $scenario } — seed { $seed } — { $turns } turns
# One turn of the list: $session its number, $date a short date, $side Japan or Russia.
cli-branch-turn = session { $session } ({ $date }), { $side ->
        [Japan] Japan
       *[Russia] Russia
    }:
# $save is the save file.
cli-branch-how = Branch before a turn with: portsmouth branch { $save } --turn N --out what-if.ron
cli-branch-no-out = say where to write the branch: --out FILE.ron
# $turn is the turn asked for; $last the game's last turn.
cli-branch-no-such-turn = --turn { $turn }: the game has turns 1 to { $last }
# $path is the what-if save; $session the session; $side Japan or Russia; $turn the turn.
cli-branch-written = What-if written to { $path }: session { $session }, { $side ->
        [Japan] Japan
       *[Russia] Russia
    } to decide turn { $turn } again. Open it with `portsmouth open { $path }`.

## portsmouth export

cli-export-nothing-asked = say what to write: --minutes FILE.md, --result FILE.ron (or .json), or both
# $path is the file written.
cli-export-minutes-written = Minutes written to { $path }
# $path is the file written.
cli-export-result-written = Result written to { $path }
# $path is the save; $session the session it stopped in.
cli-export-not-over = { $path }: the game is not over yet (session { $session }), so it has no result; play it to the end first

## portsmouth replay

# $scenario is the scenario's title.
cli-replay-heading = { $scenario } — seed { $seed }
# $japan_title and $russia_title are the delegations' titles (from the scenario); $japan and
# $russia say who played each side (human or computer); $japan_agent and $russia_agent name
# the computer's agent.
cli-replay-seats = Japan ({ $japan_title }): { $japan ->
        [human] a player
       *[computer] the computer ({ $japan_agent })
    }. Russia ({ $russia_title }): { $russia ->
        [human] a player
       *[computer] the computer ({ $russia_agent })
    }.
# $session is the session the game was saved in, of $sessions; $side whose turn it is
# (Japan, Russia or nobody).
cli-replay-saved-in = The game was saved in session { $session } of { $sessions }; it is { $side ->
        [Japan] Japan's
        [Russia] Russia's
       *[nobody] nobody's
    } turn.

## portsmouth watch

cli-watch-did-not-end = the game did not end
# $scenario is the scenario's title; $japan and $russia the agents' names.
cli-watch-heading = { $scenario } — { $japan } (Japan) v { $russia } (Russia), seed { $seed }
# $count is how many moves the rules refused.
cli-watch-refused = note: the rules refused { $count } move(s) by an agent; it passed instead
# $path is the save file.
cli-watch-saved = Saved to { $path }

## portsmouth translate

cli-translate-no-lang = say which language to translate into: --lang ja, ru or da (en for English words of your own)
# $path is the translation file.
cli-translate-exists = { $path } already exists; it may hold a translation, so it is left as it is
cli-translate-exists-help = help: give another name with --out, or --force to replace it
# $path is the template; $fields how many fields; $scenario the scenario file; $language
# the language's own name.
cli-translate-written = { $path }: { $fields } fields of { $scenario } to translate into { $language }

## portsmouth wall

cli-wall-left-off = (this file is left off the wall)
# $folder is the results folder.
cli-wall-no-results = { $folder }: no results to show; export results from the game's debrief, or write some with `portsmouth simulate --results-dir { $folder }`
# $folder is the results folder; $scenario the scenario id asked for.
cli-wall-no-results-for = { $folder }: no results to show for the scenario "{ $scenario }"; export results from the game's debrief, or write some with `portsmouth simulate --results-dir { $folder }`
# $path is the picture's file.
cli-wall-not-png = --out { $path }: the picture is a PNG; give a name ending in .png
# $path is the picture's file.
cli-wall-no-window = --out { $path }: this build has no window (built without the `gui` feature), so it cannot draw the wall; the figures are printed above

## portsmouth loadtest

cli-loadtest-no-key = the load test makes its tables through the teacher API and needs the teacher's key
cli-loadtest-no-key-help = help: give --key KEY (the key= part of the dashboard link `portsmouth serve` prints), set PORTSMOUTH_TEACHER_KEY, or give the server's class folder with --dir DIR
# $error is why, from the system.
cli-loadtest-no-runtime = cannot start the load test's runtime: { $error }
# $unfinished of $games games did not finish.
cli-loadtest-unfinished = { $unfinished } of { $games } games did not finish

# What is wrong with an option's value: $flag is the option (--level), $problem what is wrong, already in the language.
cli-option-problem = { $flag }: { $problem }

## `portsmouth loadtest`: why it cannot run. $path is the class database (DIR/class.sqlite).

cli-loadtest-no-database = { $path } does not exist: give the folder the server was started with (--dir)
# $error is why, from SQLite.
cli-loadtest-cannot-read-key = cannot read the teacher's key from { $path }: { $error }
# $made is how many tables the server made, $asked how many were asked for.
cli-loadtest-too-few-tables = the server made { $made } tables of the { $asked } asked for
# $table is the table's number.
cli-loadtest-no-tokens = table { $table } came without the tokens of its two agent seats
cli-loadtest-no-tables = --tables must be at least 1
# $url is the address as given.
cli-loadtest-bad-url = { $url }: not an address of the class server (give http://HOST:PORT, or ws://HOST:PORT/ws)
# $server is HOST:PORT; $error is why, from the system.
cli-loadtest-cannot-reach = cannot reach { $server }: { $error }
# $path is the request's path; $timeout how long it waited (60s).
cli-loadtest-timeout = { $path }: no answer within { $timeout }
cli-loadtest-broken-answer = { $path }: a broken HTTP answer
# $status is the HTTP status; $body the server's answer, as it came.
cli-loadtest-status = { $path }: the server answered { $status }: { $body }
# $error is the JSON reader's words.
cli-loadtest-not-understood = { $path }: an answer the load test does not understand: { $error }

## `portsmouth loadtest`: the report, one figure a line. The figures come written (2 decimals).

cli-loadtest-report-tables = tables: { $tables }
cli-loadtest-report-finished = games finished: { $finished } of { $tables }
cli-loadtest-report-moves = moves: { $moves } ({ $refused } refused)
cli-loadtest-report-round-trip = round trip: p50 { $p50 } ms, p99 { $p99 } ms, max { $max } ms
cli-loadtest-report-wall-time = wall time: { $seconds } s
# $value is cli-loadtest-report-seconds or cli-loadtest-report-unknown.
cli-loadtest-report-cpu = server CPU time: { $value }
# $value is cli-loadtest-report-megabytes or cli-loadtest-report-unknown.
cli-loadtest-report-memory = server peak memory: { $value }
cli-loadtest-report-seconds = { $seconds } s
cli-loadtest-report-megabytes = { $megabytes } MB
cli-loadtest-report-unknown = unknown (the server is not on this machine)
# $count is how many players stopped; $failure the first one's reason (a cli-loadtest-failure- message).
cli-loadtest-report-stopped = players stopped early: { $count } (first: { $failure })
# Why a load-test player stopped early: $reason, $message and $frame are what the network or
# the server said, quoted as said; $kind is the protocol's stable error kind.
cli-loadtest-failure-cannot-connect = cannot connect to { $url }: { $reason }
cli-loadtest-failure-silent = the server said nothing for { $seconds } s
# $reason is one of the cli-loadtest-loss- messages, or the network's own words.
cli-loadtest-failure-lost = connection lost: { $reason }
cli-loadtest-loss-closed = closed
cli-loadtest-loss-closed-by-server = closed by the server
cli-loadtest-loss-dropped = dropped on purpose
cli-loadtest-failure-unknown-frame = a frame the protocol does not know: { $reason }: { $frame }
# YourTurn and Settings are the protocol's message names: keep them as they are.
cli-loadtest-failure-turn-before-settings = YourTurn before Settings
cli-loadtest-failure-pass-refused = even a pass was refused: { $kind }: { $message }
cli-loadtest-failure-seat-taken = the seat was taken: { $reason }
cli-loadtest-failure-crashed = a player crashed: { $reason }
