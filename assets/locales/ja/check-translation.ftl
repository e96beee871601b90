# What `portsmouth check` says about a scenario's translation files. (The problems inside a
# translation file itself are Fluent's, in English.)

check-translation-help = 翻訳ファイルについては docs/scenario-format.md の「Translations」を参照してください。`portsmouth translate SCENARIO --lang CODE --out FILE` で比較用の新しいひな形を書き出せます
# $key is the message's key; $term the name as the original writes it; $source the sources'
# short names; $renderings the sources' renderings in quotes, joined by check-translation-or.
check-translation-history-term = `{ $key }` には原文にある { $term } が抜けています。資料 [{ $source }] での表記は { $renderings } です
check-translation-history-term-help = 人名、地名、条約の資料での表記は assets/history-terms.ron にあります。この訳で正しければ、この警告は無視してください
# Between two renderings of a name: "Komura" or "Komura Jutarō". Keep the spaces.
check-translation-or = {" "}または{" "}
