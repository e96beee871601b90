# What `portsmouth check` and the loaders say about a file's syntax: the RON or JSON text
# itself, before its meaning is read. Text in `backquotes` is what the file must hold: keep it.

## What a value is. $name is a word or record name as written in the file.

check-found-unit = `()`
check-found-bool = true または false
check-found-whole = 整数
check-found-decimal = 小数
check-found-string = 文字列
check-found-char = 1 文字
check-found-word = 語 `{ $name }`
check-found-list = リスト `[...]`
check-found-map = マップ `{"{"}...{"}"}`
check-found-record = `{ $name }(...)`
check-found-tuple = `(...)`

## What a value should have been.

check-want-bool = `true` または `false`
check-want-whole = 整数
check-want-number = 数値
check-want-char = 1 文字
check-want-string = ダブルクォートで囲んだ文字列
check-want-bytes = バイト列（これらのファイルでは使いません）
check-want-some = 値を 1 つだけ持つ `Some(value)`
check-want-unit = `()`
# $name is the one word the value may be.
check-want-word = `{ $name }`
check-want-list = リスト `[...]`
check-want-tuple = タプル `(...)`
check-want-map = マップ `{"{"}...{"}"}`
# $name is the record's name.
check-want-record = `{ $name }(field: value, ...)`
check-want-choice-such-as = `Japan` や `Name(...)` のような、名前付きの選択肢のいずれか
check-want-name = 名前
check-want-choice = 名前付きの選択肢のいずれか
check-want-no-value = この選択肢には値なし
check-want-plain-word = `(...)` の付かない単独の語
check-want-newtype = `Name(value)`
check-want-tuple-variant = 値を { $count } 個持つ `Name(...)`
check-want-struct-variant = `Name(field: value, ...)`

## A value of the wrong kind. $expected and $found are the phrases above.

check-expected-found = { $expected }が必要ですが、{ $found }が書かれています
# $expected and $found are record names.
check-wrong-record = `{ $expected }(...)` が必要ですが、`{ $found }(...)` が書かれています
# $name is a record name; $found how many values it has; $count how many it takes.
check-takes-one-value = `{ $name }(...)` が取る値は 1 つだけですが、{ $found } 個あります
check-takes-values = `{ $name }(...)` が取る値は { $count } 個ですが、{ $found } 個あります
# $found and $expected are technical words ("integer `300`", "u8").
check-invalid-type = 型が違います: { $found }（必要なのは { $expected }）
check-invalid-value = 値が不正です: { $found }（必要なのは { $expected }）
check-invalid-length = 長さ { $count } は不正です（必要なのは { $expected }）
# $name is the name written in the file; $expected the names allowed (check-either, check-one-of, or one name).
check-unknown-variant = 不明な選択肢 `{ $name }` です。使えるのは { $expected }です
check-unknown-variant-none = 不明な選択肢 `{ $name }` です。選択肢はありません
check-unknown-field = 不明なフィールド `{ $name }` です。使えるのは { $expected }です
check-unknown-field-none = 不明なフィールド `{ $name }` です。フィールドはありません
check-missing-field = フィールド `{ $name }` がありません
check-duplicate-field = フィールド `{ $name }` が重複しています
# $first and $second are names in `backquotes`.
check-either = { $first } または { $second }
# $names is a list of names in `backquotes`, separated by commas.
check-one-of = { $names }のいずれか

## The text itself.

check-syntax-extensions = RON の拡張（`#![enable(...)]`）はこれらのファイルでは使えません
check-syntax-extensions-help = `#![...]` の行を削除し、省略できる値は `Some(...)` で囲んでください
check-syntax-empty = ファイルが空です
check-syntax-empty-help = シナリオは `Scenario(` で始まります。docs/scenario-format.md を参照してください
check-syntax-trailing = 値の終わりの後に余分なテキストがあります
check-syntax-trailing-help = 閉じ括弧が多すぎないか、最後の `)` の後に何か書かれていないか確認してください
check-syntax-comment-open = このブロックコメントが閉じられていません
check-syntax-comment-open-help = コメントを終える位置に `*/` を書いてください
# $count is the limit.
check-syntax-too-many-values = ファイルの値が上限の { $count } 個を超えています
check-syntax-too-many-values-help = 内容を分けるか、繰り返しの項目を削除してください
check-syntax-ends-early = 値があるべき所でファイルが終わっています
check-syntax-ends-early-help = ファイルが途中で切れている可能性があります。`(`、`[`、`{"{"}` がすべて閉じられているか確認してください
# $char is the character found.
check-syntax-unexpected-char = 値があるべき所に予期しない文字 `{ $char }` があります
check-syntax-unexpected-char-help = 値は、ダブルクォートで囲んだ文字列、数値、`Japan` のような語、または `(...)`、`[...]`、`{"{"}...{"}"}` です
check-syntax-too-deep = 値の入れ子が { $count } 段を超えています
check-syntax-too-deep-help = 構造を浅くしてください。条件は入れ子にせず `All([...])` でまとめられます
check-syntax-too-many = この集まりの項目が { $count } 個を超えています
check-syntax-too-many-help = 項目を減らしてください。シナリオのどの部分でもこれほどの数は必要ありません
# $bracket is the opening or closing bracket.
check-syntax-never-closed = この `{ $bracket }` が閉じられていません
check-syntax-never-closed-help = 終わる位置に `{ $bracket }` を書いてください
check-syntax-comma = `,` または `{ $bracket }` が必要です
check-syntax-comma-help = 直前の項目の後のコンマが抜けている可能性があります
check-syntax-map-open = この `{"{"}` が閉じられていません
check-syntax-map-open-help = マップが終わる位置に `{"}"}` を書いてください
# $name is the key or field written twice.
check-syntax-duplicate-key = このマップでキー `{ $name }` が 2 回書かれています
check-syntax-duplicate-key-help = 2 つの項目のうち 1 つだけを残してください
check-syntax-map-colon = マップのキーの後に `:` が必要です
check-syntax-map-colon-help = マップの項目は `"key": value` の形で書きます
check-syntax-paren-open = この `(` が閉じられていません
check-syntax-paren-open-help = 終わる位置に `)` を書いてください
check-syntax-field-name = フィールド名が必要です
check-syntax-field-colon = フィールド名 `{ $name }` の後に `:` が必要です
check-syntax-field-help = フィールドは `name: value` の形で書きます
check-syntax-duplicate-field = フィールド `{ $name }` が 2 回書かれています
check-syntax-duplicate-field-help = どちらか 1 つだけを残してください
# $count is the limit in bytes.
check-syntax-string-too-long = この文字列は { $count } バイトを超えています
check-syntax-string-too-long-help = 文章を短くしてください。長い文章は別の電報やエピローグの段落に分けます
check-syntax-shorten = 文章を短くしてください
check-syntax-string-open = この文字列が閉じられていません
check-syntax-string-open-help = 閉じる `"` を書いてください
check-syntax-escape = 文字列に不明なエスケープシーケンスがあります
check-syntax-escape-help = バックスラッシュは `\\`、引用符は `\"`、改行は `\n` と書きます
check-syntax-raw-string = raw 文字列の書き方が不正です
check-syntax-raw-string-help = raw 文字列は r#"..."# の形です
check-syntax-raw-string-open = この raw 文字列が閉じられていません
check-syntax-raw-string-open-help = 開いたときと同じ数の `#` で閉じてください
check-syntax-char-open = この文字リテラルが閉じられていません
check-syntax-char-open-help = 閉じる `'` を書いてください
check-syntax-char-one = 文字リテラルには 1 文字だけ書けます
check-syntax-char-one-help = テキストにはダブルクォートを使ってください
check-syntax-number = 数値の書き方が不正です
# $text is the number as written.
check-syntax-number-text = 数値 `{ $text }` の書き方が不正です
check-syntax-number-help = 数値は 12、-3、0.25 のように書きます

## Laying a counterfactual over its base file. $id is an entry's id.

check-merge-remove-unknown = `remove: true` が `{ $id }` を指していますが、元のファイルにはありません
check-merge-remove-unknown-help = 元のシナリオの id と照らし合わせるか、この項目を削除してください
check-merge-remove-bool = `remove` は `true` か `false` でなければなりません
check-merge-remove-bool-help = この id の元ファイルの項目を削除するには `remove: true` と書きます
