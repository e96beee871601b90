# What `portsmouth check` says about a scenario's translation files. (The problems inside a
# translation file itself are Fluent's, in English.)

check-translation-help = oversættelsesfiler er beskrevet i docs/scenario-format.md under "Translations"; `portsmouth translate SCENARIO --lang CODE --out FILE` skriver en frisk skabelon at sammenligne med
# $key is the message's key; $term the name as the original writes it; $source the sources'
# short names; $renderings the sources' renderings in quotes, joined by check-translation-or.
check-translation-history-term = `{ $key }` udelader { $term }, som originalen bruger: kilderne [{ $source }] skriver det { $renderings }
check-translation-history-term-help = kildernes navne på personer, steder og traktaten står i assets/history-terms.ron; er denne gengivelse rigtig, kan du se bort fra advarslen
# Between two renderings of a name: "Komura" or "Komura Jutarō". Keep the spaces.
check-translation-or = {" "}eller{" "}
