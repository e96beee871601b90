# `portsmouth serve`: the class server's messages in the terminal.

# $error is why, from the system.
cli-serve-no-threads = cannot start the server's threads: { $error }
# $warning is the server's warning (English).
cli-serve-warning = warning: { $warning }
# Shown in place of the address when the machine's address on its network is unknown.
cli-serve-this-machine = <this machine's address>
# $folder is the class's folder.
cli-serve-heading = Portsmouth 1905 class server — class folder { $folder }
# $count is how many tables were resumed.
cli-serve-resumed = Resumed { $count } table(s) where they stood.
# $address is the server's address; "Join a class" is the title screen's button (title-join).
cli-serve-students = Students: open the game, choose Join a class, and give the address { $address }
# $link is the dashboard's address with its key.
cli-serve-teacher = Teacher's dashboard (keep the key to yourself): { $link }
cli-serve-loopback = Listening on this machine only; use --bind 0.0.0.0 to let the class's machines join.
# $error is why.
cli-serve-stopped = the server stopped: { $error }

## Why the server cannot start, each with its help line. $error is why, from the system.

# $folder is the class's folder (--dir).
cli-serve-no-class-folder = cannot use the class folder { $folder }: { $error }
cli-serve-no-class-folder-help = help: name a folder you may write in with --dir DIR
# $folder is the scenarios folder (--scenarios).
cli-serve-no-scenarios-folder = cannot read the scenarios folder { $folder }: { $error }
cli-serve-no-scenarios-folder-help = help: name the folder of scenario files with --scenarios DIR, or set PORTSMOUTH_DATA to the folder that holds `assets` and `scenarios`
cli-serve-no-scenario = no scenario loads from { $folder }
cli-serve-no-scenario-help = help: name the folder with the scenario files with --scenarios DIR
# $path is the class database (DIR/class.sqlite).
cli-serve-cannot-open-db = cannot open the class database { $path }: { $error }
cli-serve-cannot-open-db-help = help: if the file is damaged, move it aside (the class starts empty) or restore a copy; another server may also be using it
cli-serve-cannot-read-db = cannot read the class database { $path }: { $error }
cli-serve-cannot-read-db-help = help: move the file aside to start an empty class, or restore a copy
# $address is the address (--bind), $port the port (--port).
cli-serve-cannot-listen = cannot listen on { $address }:{ $port }: { $error }
cli-serve-port-in-use-help = help: another program (perhaps another class server) uses this port: stop it, or choose another with --port
cli-serve-cannot-listen-help = help: check the address given with --bind is one of this machine's, and the port with --port

## Scenario files the server leaves out as it starts (printed as warnings). $path is the file.

# $id is the scenario's id.
cli-serve-scenario-twice = { $path }: a scenario with id `{ $id }` was already read; this one is left out
# $error is the first problem found in the file.
cli-serve-scenario-left-out = { $path }: left out, it does not load: { $error }

## While the class runs: what goes wrong at a table, for the teacher at the terminal.
# $table is the table's number; $error why (the server's own words).
cli-serve-seat-stays-empty = table { $table }: the empty seat stays empty: { $error }
cli-serve-computer-move-not-played = table { $table }: the computer's move was not played: { $error }
# $table is the table's number, $name its name; $error why it no longer replays.
cli-serve-table-left-out = table { $table } ({ $name }) is left out: { $error }

## A scenario's translation file the server passes over (printed as warnings). $file is the
## scenario file; $lang the translation's language code (ja).
cli-serve-translation-does-not-load = { $file } does not load in `{ $lang }`; the original text is used
cli-serve-translation-not-the-same = { $file } in `{ $lang }` is not the same scenario but for its words; the original text is used
