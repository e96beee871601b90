# What `portsmouth check` says about a scenario's translation files. (The problems inside a
# translation file itself are Fluent's, in English.)

check-translation-help = translation files are described in docs/scenario-format.md, "Translations"; `portsmouth translate SCENARIO --lang CODE --out FILE` writes a fresh template to compare with
# $key is the message's key; $term the name as the original writes it; $source the sources'
# short names; $renderings the sources' renderings in quotes, joined by check-translation-or.
check-translation-history-term = `{ $key }` leaves out { $term }, which the original uses: the sources [{ $source }] write it { $renderings }
check-translation-history-term-help = the sources' names for people, places and the treaty are in assets/history-terms.ron; if this rendering is right, ignore the warning
# Between two renderings of a name: "Komura" or "Komura Jutarō". Keep the spaces.
check-translation-or = {" "}or{" "}
