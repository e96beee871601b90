# The command line's help: the about of the program and of each subcommand, the help of each
# argument (cli-help-<subcommand>-<argument>), clap's own flags and headings, and its argument
# errors. The English is the doc comments' text in src/main.rs and src/cli/*.rs, word for word
# (a test compares them). Options (--out), values (japan, csv), file names and commands in
# `backquotes` are what a user types: keep them as they are.

## portsmouth

cli-help-about = Portsmouth 1905: negotiate the end of the Russo-Japanese War as Komura or Witte
    .long =
        Portsmouth 1905: negotiate the end of the Russo-Japanese War as Komura or Witte.

        Without a subcommand the game opens in a window. The subcommands work without a display.
cli-help-lang = The language of the output, and of the scenario's prose where there is a translation: en, ja, ru, da or pseudo (default: the system's language, else English)

## portsmouth check

cli-help-check-about = Validate scenario files; print every problem with file:line:column (exit 1 on any error)
cli-help-check-files = Scenario files (.ron)
cli-help-check-quiet = Print only problems
cli-help-check-analysis = Also print the bargaining analysis: reservation values, the Nash treaty, the 1905 treaty

## portsmouth translate

cli-help-translate-about = Write a scenario's translation template: every prose field with its text, to translate
cli-help-translate-scenario = Scenario file (.ron)
cli-help-translate-out = Where to write the template (default: <scenario>.<lang>.ftl beside the scenario)
cli-help-translate-force = Replace an existing file (a translation may be in it: it would be lost)

## portsmouth simulate

cli-help-simulate-about = Play many games between computer delegations and report the outcomes
cli-help-simulate-scenario = Scenario file
cli-help-simulate-japan = Agent for Japan
cli-help-simulate-russia = Agent for Russia
cli-help-simulate-games = Number of games
cli-help-simulate-seed = Seed of the run (game i uses a seed derived from it); a fresh one is shown if left out
cli-help-simulate-out = Write one row per game to this file (.csv or .json)
cli-help-simulate-results-dir = Write one result file per game into this folder (for `portsmouth wall`)
cli-help-simulate-threads = Threads (default, or 0: one per core); the results do not depend on it

## portsmouth tournament

cli-help-tournament-about = Every agent against every agent in both roles; one CSV row per pairing and a table
cli-help-tournament-scenario = Scenario file
cli-help-tournament-games = Games per pairing
cli-help-tournament-seed = Seed of the run; a fresh one is shown if left out
cli-help-tournament-out = Write one row per pairing to this CSV file
cli-help-tournament-agents = Agents taking part, comma-separated (default: all)
cli-help-tournament-threads = Threads (default, or 0: one per core)

## portsmouth redteam

cli-help-redteam-about = Scripted strategies against the computer delegate, in both roles and at each level, beside the delegate's self-play; one CSV row per script, side and level
cli-help-redteam-scenario = Scenario file
cli-help-redteam-level = Difficulty levels of the delegate, comma-separated (default: all the scenario's)
cli-help-redteam-side = The side the scripts play: japan, russia or both
cli-help-redteam-games = Games per script, side and level (the same seeds for every script)
cli-help-redteam-seed = Seed of the run (game i uses a seed derived from it)
cli-help-redteam-out = Write one row per script, side and level to this CSV file
cli-help-redteam-small = A few parameters per family instead of the full grid
cli-help-redteam-threads = Threads (default, or 0: one per core); the results do not depend on it

## portsmouth watch

cli-help-watch-about = Watch one game between computer delegations: its transcript and debrief
cli-help-watch-scenario = Scenario file
cli-help-watch-japan = Agent for Japan
cli-help-watch-russia = Agent for Russia
cli-help-watch-seed = Seed; a fresh one is shown if left out
cli-help-watch-save = Save the game to this file (RON), for `replay` or to open in the game
cli-help-watch-viewer = Show only what one delegation could see: japan or russia

## portsmouth replay

cli-help-replay-about = Print the transcript (and debrief) of a saved game
cli-help-replay-save = Save file

## portsmouth export

cli-help-export-about = Write a saved game's minutes as Markdown and its result as a file (RON or JSON)
cli-help-export-save = Save file
cli-help-export-minutes = The minutes (sessions, offers, replies with reasons, events, treaty, 1905) as Markdown
cli-help-export-result = The result (scenario, sides, seed, terms, utilities, outcome): .ron or .json

## portsmouth estimate

cli-help-estimate-about = How the other delegation is likely to receive a draft in a saved game, and what it would take for it to sign now
cli-help-estimate-save = Save file (a game in progress: `portsmouth branch` makes one from any game)
cli-help-estimate-side = The delegation whose draft it is: japan or russia (default: the one to move)
cli-help-estimate-draft = Terms of the draft as article=option ids, e.g. --draft korea=free_hand,sakhalin=south (default: the delegation's proposal on the table)
cli-help-estimate-coarse = The coarser reading the table gives against the hardest level

## portsmouth branch

cli-help-branch-about = What-if: list a saved game's turns, or branch it before one turn into a new save
cli-help-branch-save = Save file
cli-help-branch-turn = The turn to decide differently (1-based, as listed); without it, the turns are listed
cli-help-branch-out = The branch's save file (open it with `portsmouth open`)

## portsmouth wall

cli-help-wall-about = The class results wall of a folder of result files: outcomes, each article's spread, and who did better or worse than 1905. Printed; with --out also drawn as a picture
cli-help-wall-folder = Folder of result files (.ron or .json)
cli-help-wall-scenario = Show this scenario's results (default: the scenario most results are from)
cli-help-wall-out = Draw the wall into this PNG file (opens a window briefly; needs a display)

## portsmouth serve

cli-help-serve-about = The class server: tables of students, computer delegations and outside agents on the network, the teacher's dashboard in a browser; the class kept in DIR/class.sqlite
cli-help-serve-port = Port to listen on
cli-help-serve-bind = Address to listen on: 127.0.0.1 for this machine only, 0.0.0.0 for the whole network
cli-help-serve-dir = The class's folder: its database (class.sqlite) is kept there, and found again next time
cli-help-serve-scenarios = Folder of scenario files the teacher may open tables on (default: the game's own, wherever the server starts)

## portsmouth loadtest

cli-help-loadtest-about = Load-test a running class server: N tables of two protocol clients playing to the end; games finished, move round trips and the server's CPU time and peak memory
cli-help-loadtest-url = The class server: http://HOST:PORT (ws://HOST:PORT/ws and HOST:PORT work too)
cli-help-loadtest-tables = Tables to open, each with two outside-agent seats played by the load test
cli-help-loadtest-key = The teacher's key (printed by `portsmouth serve` in the dashboard link); else the environment variable PORTSMOUTH_TEACHER_KEY, else read from --dir
cli-help-loadtest-dir = The server's class folder (its --dir), to read the teacher's key from its database when the server runs on this machine
cli-help-loadtest-scenario = Scenario id on the server
cli-help-loadtest-seed = One seed for every table (default: the server draws one per table)
cli-help-loadtest-pid = The server's process id, to measure it (default: the process listening on the port, when the server is on this machine)
cli-help-loadtest-json = Print one JSON line instead of the text report

## portsmouth open

cli-help-open-about = Open the game at the table of a saved game (a teacher's prepared position, say)
cli-help-open-save = Save file
cli-help-open-measure-frames = Redraw continuously for this many frames, print the frame times, and exit (a measurement)

## portsmouth tour

cli-help-tour-about = Open the game, save a picture of each screen into DIR, and exit
cli-help-tour-dir = Folder for the pictures (created if missing)

## Clap's own flags, subcommand and headings

cli-help-builtin-help = Print help
# The help flag of a command whose --help says more than -h.
cli-help-builtin-help-more = Print help (see more with '--help')
cli-help-builtin-help-summary = Print help (see a summary with '-h')
cli-help-builtin-version = Print version
# After an argument's help: $help is the help, $value the value it takes when left out.
cli-help-with-default = { $help } [default: { $value }]
cli-help-builtin-help-command = Print this message or the help of the given subcommand(s)
# The headings of the help's sections; the command line adds the colon.
cli-help-heading-usage = Usage
cli-help-heading-commands = Commands
cli-help-heading-arguments = Arguments
cli-help-heading-options = Options

## Argument errors (English prints clap's own; these are their translations' reference)

# $message is one of the messages below.
cli-help-error = error: { $message }
# $text is an argument, a value or a subcommand as typed, quoted in the language's way.
cli-help-error-quoted = '{ $text }'
# Between the names of a list of possibilities.
cli-help-error-list-separator = { ", " }
# $argument is the quoted argument (--games); so in the messages below.
cli-help-error-unknown-argument = unexpected argument { $argument } found
# $subcommand is the quoted word typed where a subcommand was expected.
cli-help-error-unknown-subcommand = unrecognized subcommand { $subcommand }
# $count is the number of arguments, listed on the lines below it.
cli-help-error-missing = the following required { $count ->
        [one] argument was
       *[other] arguments were
    } not provided:
cli-help-error-value-required = a value is required for { $argument } but none was supplied
# $value is the quoted value typed.
cli-help-error-invalid-value = invalid value { $value } for { $argument }
# $values are the values the argument takes, comma-separated.
cli-help-error-possible-values = [possible values: { $values }]
# $reason says why the value was refused (from the messages below, or the program's own words).
cli-help-error-invalid-value-because = invalid value { $value } for { $argument }: { $reason }
cli-help-error-unknown-lang = use en, ja, ru, da or pseudo
cli-help-error-choose-side = choose japan or russia
cli-help-error-choose-side-or-both = choose japan, russia or both
# $agents are the built-in agents' names, comma-separated.
cli-help-error-unknown-agent = unknown agent; choose one of: { $agents }, or delegate:<level> for one of the scenario's difficulty levels
cli-help-error-not-a-number = not a whole number in range
# --bind given something that is not an IP address.
cli-help-error-not-an-address = not an IP address (such as 127.0.0.1, or 0.0.0.0 for every network)
# $range is the range of numbers the argument takes, as Rust writes it (0..=65535).
cli-help-error-out-of-range = not in { $range }
cli-help-error-repeated = the argument { $argument } cannot be used multiple times
# $others are the quoted arguments it cannot be used with.
cli-help-error-conflict = the argument { $argument } cannot be used with { $others }
cli-help-error-unexpected-value = unexpected value { $value } for { $argument } found; no more were expected
# $what is what was mistyped; $count how many names $names lists (quoted, comma-separated).
cli-help-error-similar = tip: { $count ->
        [one] a similar { $what ->
            [subcommand] subcommand
            [argument] argument
           *[value] value
        } exists: { $names }
       *[other] some similar { $what ->
            [subcommand] subcommands
            [argument] arguments
           *[value] values
        } exist: { $names }
    }
# $tip is one of clap's own tips, in English.
cli-help-error-tip = tip: { $tip }
# $value is an argument typed where a value was expected; $instead how to pass it as one.
cli-help-error-tip-as-value = tip: to pass { $value } as a value, use { $instead }
# $flag is the help flag (--help).
cli-help-error-try-help = For more information, try '{ $flag }'.
