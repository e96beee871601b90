# What `portsmouth check`, the loaders and the game say about a file a user wrote or was
# given: a scenario, a save, a result, the settings. The place (file:line:column) and the
# rule's name in [brackets] are printed as they are, for editors and searches.

## The frame of every message: "error[rule]: …", "help: …".

check-error = error
check-warning = warning
check-help = help

## Reading a file. $file is one of the check-files-the-* phrases; $problem the system's reason.

check-files-the-scenario-file = the scenario file
check-files-the-save-file = the save file
check-files-the-result-file = the result file
check-files-the-translation-file = the translation file
check-files-the-settings-file = the settings file
check-files-cannot-open = cannot open { $file }: { $problem }
check-files-cannot-open-help = check the path; `portsmouth check scenarios/*.ron` lists the shipped scenarios
check-files-cannot-read = cannot read { $file }: { $problem }
check-files-cannot-read-help = check the file's permissions
# $kib is the limit in KiB.
check-files-too-large = { $file } is larger than { $kib } KiB
check-files-too-large-help = this is not a file the game wrote; check you opened the right one
# $offset is where the first bad byte is, counted from 0.
check-files-not-utf8 = { $file } is not UTF-8 text (bad byte at offset { $offset })
check-files-not-utf8-help = save it as UTF-8 in your editor
# $name is a scenario file's name.
check-files-not-embedded = `{ $name }` is not among the embedded files
check-files-not-embedded-help = the save is incomplete; load the scenario file itself instead

## A file of another kind. $found and $expected are check-files-kind-* phrases;
## $instead is one of the check-files-use-* sentences.

check-files-kind-scenario = a scenario file
check-files-kind-save = a saved game
check-files-kind-result = a game's result file
check-files-kind-markdown = Markdown text (such as a game's exported minutes)
check-files-kind-games-table = a table of simulated games (JSON)
check-files-kind-csv = a CSV table (such as `simulate` or `tournament` output)
check-files-use-scenario = To use this file, check it with `portsmouth check FILE`, or play it with `portsmouth watch --scenario FILE`.
check-files-use-save = To use this file, print it with `portsmouth replay FILE`, or open it in the game with `portsmouth open FILE`.
check-files-use-result = To use this file, show it with others on the class wall: `portsmouth wall FOLDER`.
check-files-use-none = This file is something the program wrote for people to read (in an editor or a spreadsheet); it does not read it back.
check-files-wrong-kind = this is { $found }, not { $expected }
check-files-wrong-kind-help = give { $expected } here. { $instead }

## A scenario file's shape. $found is a check-found-* phrase.

check-files-schema-missing-help = add the field; docs/scenario-format.md lists every field with an example
check-files-schema-unknown-help = check the spelling against docs/scenario-format.md
check-files-schema-help = see docs/scenario-format.md for what this field holds
check-files-not-a-scenario = expected `Scenario(...)`, found { $found }
check-files-not-a-scenario-help = a scenario file holds one `Scenario(...)`; see docs/scenario-format.md
check-files-base-not-a-name = `base` must be a file name in double quotes, found { $found }
check-files-base-not-a-name-help = write e.g. `base: "portsmouth-1905.ron"`
# $name is the base file named; $count the most base files a chain may have.
check-files-base-chain = `{ $name }` would make the chain of base files loop or exceed { $count } files
check-files-base-chain-help = a counterfactual should extend the historical file directly

## Saves. $problem is the system's reason or a check-syntax message; $side a side's name
## (narrate-side-japan, narrate-side-russia).

# $kib is the size the save would have; $most the most a save may hold, both in KiB.
check-save-too-large = this game cannot be saved: with its scenario files it would take { $kib } KiB, more than the { $most } KiB a save may hold
check-save-too-large-help = the scenario's files are unusually large; shorten their texts to save games played on them
check-save-failed = could not save the game: { $problem }
check-save-failed-help = check there is space and the folder is writable; the previous save, if any, is unchanged
# $format is the save's format number; $newest the newest this version reads.
check-save-newer = this game was saved by a newer version of Portsmouth 1905 (save format { $format }; this version reads up to { $newest })
check-save-newer-help = update the game to open it; the file is unchanged
check-save-damaged = this save file is damaged: { $problem }
check-save-damaged-unreadable-help = the file was changed or cut short since it was saved; load an earlier save
check-save-damaged-schema-help = the file was changed since it was saved; load an earlier save
check-save-no-scenario = the save holds no scenario
check-save-no-scenario-help = load an earlier save
# $file is the scenario file's name; the scenario's own error is printed on the next line.
check-save-scenario-does-not-load = the scenario stored inside this save (its own copy of `{ $file }`, taken when the game began; the file of that name on disk is not read) does not load:
check-save-scenario-does-not-load-help = the copy inside the save was edited by hand or is damaged: load an earlier save, or start a new game from the scenario file
check-save-digest = the scenario inside this save differs from the one it was saved with
check-save-edited-help = the save was edited by hand or is damaged; load an earlier save
check-save-turn-help = the save was edited by hand or is damaged; load an earlier save, or branch it before this turn with `portsmouth branch`
check-save-limits-help = the save was edited by hand or is damaged; load an earlier save (the moves are intact: deleting its `limits` lets the game draw them again)
# $problem is check-save-turn.
check-save-origin = the original game of this what-if does not replay: { $problem }
# $field is the field's name in the save; $stored and $drawn are numbers or check-save-limit-*.
check-save-limits = the hidden limits stored for { $side }'s computer delegate (`limits.{ $field }`) are not the ones this game drew: stored { $stored }, drawn { $drawn }
check-save-limit-none = none
check-save-limit-some = some
# $index is the session's index, counted from 0.
check-save-limit-session = session index { $index }
# $turn and $session are counted from 1; $why is the reason (a refusal, or one of the messages below).
check-save-turn = turn { $turn } ({ $side }'s, in session { $session }) cannot be replayed: { $why }
check-save-unsaid = what the delegation said with it (`said`) names something this scenario does not have
# $article, $id, $scenario are ids as the save writes them.
check-save-in-two-packages = article `{ $article }` appears in two packages
check-save-session-zero = sessions are numbered from 1
check-save-no-article = no article `{ $id }` in scenario `{ $scenario }`
check-save-no-option = article `{ $article }` has no option `{ $id }`
check-save-no-press = { $side } has no press statement `{ $id }`
check-save-no-red-line = { $side } has no red line `{ $id }`

## A game's result file, and a folder of them for the class wall.

# $kib is the size the result would have; $most the most a result file may hold, both in KiB.
check-result-too-large = this result would take { $kib } KiB, more than the { $most } KiB a result file may hold
check-result-too-large-help = the scenario's titles and labels are unusually long; shorten them
# $problem is the system's reason.
check-result-not-written = could not write the result: { $problem }
check-result-not-written-help = check there is space and the folder is writable
# $problem is a check-syntax message.
check-result-unreadable = this is not a readable result file: { $problem }
check-result-bad-help = export the result again from the game or from `portsmouth simulate --results-dir`, or remove the file from the folder
# $format is the file's format number; $newest the newest this version reads.
check-result-newer = this result was written by a newer version of Portsmouth 1905 (result format { $format }; this version reads up to { $newest })
check-result-newer-help = update the game to read it
# $article is the article's title as the file writes it; $count how many options it has.
check-result-option-beyond = article "{ $article }" names an option beyond its { $count } options
check-wall-unreadable-folder = cannot read the folder of results: { $problem }
check-wall-unreadable-folder-help = give a folder that holds result files (.ron or .json), e.g. one written by `portsmouth simulate --results-dir`
# $count is how many result files the folder holds.
check-wall-too-many-files = the folder holds { $count } result files
# $mib is their size in MiB.
check-wall-too-many-bytes = the folder's result files hold { $mib } MiB
# $files and $mib are the most a wall reads.
check-wall-too-many-help = a wall reads at most { $files } result files and { $mib } MiB; move the results of each class or run into a folder of its own

## The system's reason for a failed read or write. (English shows the system's own words.)

check-io-not-found = No such file or directory
check-io-permission-denied = Permission denied
check-io-is-a-directory = Is a directory
check-io-storage-full = No space left on device
check-io-read-only = Read-only file system
check-io-not-a-directory = Not a directory
check-io-address-in-use = Address already in use
check-io-address-not-available = Cannot assign requested address
check-io-connection-refused = Connection refused
# A place that is not a regular file; $kind is what it is.
check-io-not-regular = it is { $kind ->
        [folder] a folder
        [fifo] a named pipe (FIFO)
        [device] a device
        [socket] a socket
       *[other] something else
    }, not a regular file
check-io-link-loop = too many levels of symbolic links
check-io-not-a-file-name = this is not a file name
# $folder is the folder a file would be written into.
check-io-not-a-folder = { $folder } is not a folder
check-io-no-folder = the folder { $folder } does not exist
