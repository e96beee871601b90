# What `portsmouth check` says about a scenario's translation files. (The problems inside a
# translation file itself are Fluent's, in English.)

check-translation-help = translation files are described in docs/scenario-format.md, "Translations"; `portsmouth translate SCENARIO --lang CODE --out FILE` writes a fresh template to compare with
# $key is the message's key; $term the name as the original writes it; $source the sources'
# short names; $renderings the sources' renderings in quotes, joined by check-translation-or.
check-translation-history-term = `{ $key }` leaves out { $term }, which the original uses: the sources [{ $source }] write it { $renderings }
check-translation-history-term-help = the sources' names for people, places and the treaty are in assets/history-terms.ron; if this rendering is right, ignore the warning
# Between two renderings of a name: "Komura" or "Komura Jutarō". Keep the spaces.
check-translation-or = {" "}or{" "}

## Problems in a translation file. $key is a message's key as the file writes it.

# $problem is Fluent's own reason, in English.
check-translation-unreadable = Fluent cannot read this message: { $problem }
check-translation-twice = `{ $key }` is written twice; keep one
# $reference is the file it is compared with.
check-translation-not-in = `{ $key }` is not in { $reference }: remove it, or add it there first
# $origin is where the original text is: check-translation-near, check-translation-in, or a file:line:column.
check-translation-missing = `{ $key }` is missing: translate it from { $origin }
# $missing and $unknown are placeholders as written, e.g. "{ $count }".
check-translation-leaves-out = `{ $key }` leaves out { $missing }, which the original uses
check-translation-unknown-placeholder = `{ $key }` uses { $unknown }, which the original does not give
check-translation-wrong-placeholder = `{ $key }` uses { $unknown } where the original uses { $missing }
# $place is where in the scenario the text belongs; $location a file:line:column; $file a file.
check-translation-near = `{ $place }` near { $location }
check-translation-in = `{ $place }` in { $file }
# $base is the base scenario's file; $file the translation file to write it in.
check-translation-base-text = `{ $key }` is { $base }'s text, which this scenario does not change: translate it in { $file }, and remove it here
# $problem is why the file could not be read (a check-files message).
check-translation-unread = { $problem }; the original text is used
check-translation-too-large = larger than the { $kib } KiB a translation may be; the original text is used
check-translation-too-deep = placeables are nested more than { $count } deep here; the original text is used
# $problem is the rule the translated text breaks (a check-scenario message).
check-translation-breaks-rule = with this translation the scenario breaks a rule ({ $problem }); the original text is used
# $problems is Fluent's own reasons, in English.
check-translation-cannot-format = `{ $key }` cannot be formatted ({ $problems }); the original text is kept
