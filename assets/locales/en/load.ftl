# The load screen: the saved games, newest first.

load-heading = Saved games
# $folder is the saves' folder; $kept is how many autosaves are kept.
load-explain = Newest first, in { $folder }. Each game keeps its own autosave (the newest { $kept } are kept); the saves you name are kept until you delete them.
load-back = Back
    .tip = Back to the title screen (Esc)
load-none = No saved games yet.
load-autosave = Autosave
# $reached is the session the game reached, $sessions how many there are.
load-session = session { $reached } of { $sessions }
# $name is the save it branched from; $turn the turn decided differently.
load-branch-of = what-if of “{ $name }”, turn { $turn } decided differently
# $when is when it was saved, in words.
load-saved = saved { $when }
load-really-delete = Delete
    .tip = Delete this save for good: it cannot be brought back
# $title is the save's name.
load-really-delete-accessible = Yes, delete { $title } for good
load-keep = Keep
    .tip = Do not delete it
# $title is the save's name.
load-keep-accessible = Keep { $title }
load-load = Load
    .tip = Open this game
# $title, $scenario, $matchup (who played whom), $when (saved), $session ("session 5 of 12"), $outcome.
load-load-accessible = Load { $title }: { $scenario }, { $matchup }, saved { $when }, { $session }, { $outcome }
load-what-if = What if…
    .tip = Take this game back to any turn and decide it differently
# $title is the save's name.
load-what-if-accessible = What if: branch { $title }
load-delete = Delete…
    .tip = Delete this save (asks first)
# $title is the save's name.
load-delete-accessible = Delete { $title }
load-delete-question = Delete this save for good?
# $title is the save's name (or file name); $when when it was saved.
load-broken = { $title } — cannot be opened (saved { $when })
# $file is the save's path; $error the system's reason.
load-not-deleted = Could not delete { $file }: { $error }
