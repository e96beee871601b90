# What `portsmouth check` says about a scenario's translation files. (The problems inside a
# translation file itself are Fluent's, in English.)

check-translation-help = 翻訳ファイルについては docs/scenario-format.md の「Translations」を参照してください。`portsmouth translate SCENARIO --lang CODE --out FILE` で比較用の新しいひな形を書き出せます
# $key is the message's key; $term the name as the original writes it; $source the sources'
# short names; $renderings the sources' renderings in quotes, joined by check-translation-or.
check-translation-history-term = `{ $key }` には原文にある { $term } が抜けています。資料 [{ $source }] での表記は { $renderings } です
check-translation-history-term-help = 人名、地名、条約の資料での表記は assets/history-terms.ron にあります。この訳で正しければ、この警告は無視してください
# Between two renderings of a name: "Komura" or "Komura Jutarō". Keep the spaces.
check-translation-or = {" "}または{" "}

## Problems in a translation file. $key is a message's key as the file writes it.

# $problem is Fluent's own reason, in English.
check-translation-unreadable = Fluent がこのメッセージを読めません: { $problem }
check-translation-twice = `{ $key }` が 2 回書かれています。1 つだけ残してください
# $reference is the file it is compared with.
check-translation-not-in = `{ $key }` は { $reference } にありません。削除するか、先にそちらに加えてください
# $origin is where the original text is: check-translation-near, check-translation-in, or a file:line:column.
check-translation-missing = `{ $key }` がありません。{ $origin } から翻訳してください
# $missing and $unknown are placeholders as written, e.g. "{ $count }".
check-translation-leaves-out = `{ $key }` に、原文が使う { $missing } がありません
check-translation-unknown-placeholder = `{ $key }` が、原文にない { $unknown } を使っています
check-translation-wrong-placeholder = `{ $key }` が { $unknown } を使っていますが、原文が使うのは { $missing } です
# $place is where in the scenario the text belongs; $location a file:line:column; $file a file.
check-translation-near = { $location } 付近の `{ $place }`
check-translation-in = { $file } の `{ $place }`
# $base is the base scenario's file; $file the translation file to write it in.
check-translation-base-text = `{ $key }` は { $base } の文章で、このシナリオは変更していません。{ $file } で翻訳し、ここからは削除してください
# $problem is why the file could not be read (a check-files message).
check-translation-unread = { $problem }。原文を使います
check-translation-too-large = 翻訳ファイルの上限 { $kib } KiB を超えています。原文を使います
check-translation-too-deep = ここでプレースホルダーの入れ子が { $count } 段を超えています。原文を使います
# $problem is the rule the translated text breaks (a check-scenario message).
check-translation-breaks-rule = この翻訳ではシナリオが規則に反します（{ $problem }）。原文を使います
# $problems is Fluent's own reasons, in English.
check-translation-cannot-format = `{ $key }` を整形できません（{ $problems }）。原文のままにします
