# What `portsmouth check` says about a scenario's contents, rule by rule. Ids and field names
# in `backquotes` are as written in the file: keep them.

## Names and ids. $id is an id as written; $count a limit.

check-scenario-bad-id = `{ $id }` は id として使えません
check-scenario-bad-id-help = id は英小文字で始め、a–z、0–9、`_`、`-` だけを使います（{ $count } 文字まで）
# $kind is one of the check-scenario-kind-* phrases (plural).
check-scenario-duplicate-id = id `{ $id }` を持つ{ $kind }が 2 つあります
check-scenario-duplicate-id-help = それぞれ別の id にしてください
check-scenario-kind-events = 出来事
check-scenario-kind-outcomes = 結末
check-scenario-kind-proposals = 仲介者の提案
check-scenario-kind-red-lines = 譲れない一線
check-scenario-kind-press = 新聞発表
check-scenario-kind-articles = 条項
# $article is the article's id.
check-scenario-kind-options = 条項 `{ $article }` の選択肢
check-scenario-kind-meters = メーター
check-scenario-kind-treaty-articles = 条約の条項
# $key is a source's key.
check-scenario-unknown-source = 出典キー `{ $key }` が `sources` にありません
# $choices is check-did-you-mean, check-use-one-of or check-none-defined.
check-scenario-unknown-source-help = `sources` に `"{ $key }": "..."` を追加するか、次のようにしてください: { $choices }
# $text is the reference as written.
check-scenario-thin-source = 出典 `{ $key }` が完全な文献情報ではありません: "{ $text }"
check-scenario-thin-source-help = 著者、書名、年（または n.d.）を書き、分かればページも添えてください。例: "Ilyin, Sergei, Witte, 2006, pp. 145–152"
check-scenario-no-article = 条項 `{ $id }` はありません
# $article is the article's id.
check-scenario-no-option = 条項 `{ $article }` に選択肢 `{ $id }` はありません
check-scenario-no-meter = メーター `{ $id }` はありません
check-scenario-no-event = 出来事 `{ $id }` はありません
check-scenario-no-red-line = 譲れない一線 `{ $id }` はありません
check-scenario-no-proposal = 仲介者に提案 `{ $id }` はありません

## The names a misspelt one may have meant. $known is a list of ids, separated by commas.

# $guess is the id closest to the one written.
check-did-you-mean = `{ $guess }` のことですか？ 定義済み: { $known }
check-none-defined = まだ何も定義されていません
check-use-one-of = 次のいずれかを使ってください: { $known }

## Articles and meters. $article and $meter are ids; $count how many there are; $least and
## $most the limits; the other numbers are as written in the file.

check-scenario-no-articles = シナリオに条項がありません
check-scenario-no-articles-help = 交渉する条項を少なくとも 1 つ追加してください
check-scenario-too-many-articles = 条項が { $count } 個あります。1 つのシナリオに置けるのは { $most } 個までです
check-scenario-too-many-articles-help = 小さな条項をまとめてください
check-scenario-option-count = 条項 `{ $article }` の選択肢は { $count } 個です。条項には { $least }～{ $most } 個の選択肢が必要です
check-scenario-option-count-help = 条項には決着のしかたが少なくとも 2 通り必要です
check-scenario-too-many-meters = メーターが { $count } 個あります。上限は { $most } 個です
check-scenario-too-many-meters-help = メーターをまとめてください
check-scenario-meter-bound = メーター `{ $meter }` の範囲の値 { $value } が ±{ $most } を超えています
check-scenario-meter-bound-help = min と max は -{ $most }..={ $most } の範囲にしてください
check-scenario-meter-min-max = メーター `{ $meter }` の min が { $min }、max が { $max } です
check-scenario-meter-min-max-help = max は min より大きくしてください（既定値は 0 と 100）
check-scenario-meter-start = メーター `{ $meter }` の開始値 { $start } が { $min }..={ $max } の範囲外です
check-scenario-meter-start-help = 開始値は min と max の間にしてください
check-scenario-meter-per-session = メーター `{ $meter }` の会議ごとの変化 { $value } が ±{ $most } を超えています
check-scenario-meter-per-session-help = `per_session` は -{ $most }..={ $most } の範囲にしてください

## Sessions. $count how many; $most the limit; $date a date as written ("1905-08-10").

check-scenario-session-count = 会議が { $count } 回あります。シナリオには 1～{ $most } 回の会議が必要です
check-scenario-session-count-help = 史実の会議は 12 回でした
check-scenario-bad-date = `{ $date }` は日付ではありません
check-scenario-bad-date-help = 日付は "YYYY-MM-DD"（新暦）の形で書きます。例: "1905-08-10"
# $session and $previous are session numbers, counted from 1; $previous_date the earlier session's date.
check-scenario-date-order = 第 { $session } 回会議（{ $date }）が第 { $previous } 回会議（{ $previous_date }）より後になっていません
check-scenario-date-order-help = 会議は日付順に、1 日 1 回で並べてください
check-scenario-exchange-count = やり取りが { $count } 回あります。1 回の会議のやり取りは 1～{ $most } 回です
check-scenario-exchange-count-help = 各やり取りで両側が 1 手ずつ指します。通常は午前と午後の 2 回です
# $article is the article's id.
check-scenario-never-tabled = 条項 `{ $article }` はどの会議の議題にもないため、交渉できません
check-scenario-never-tabled-help = いずれかの会議の議題に "{ $article }" を加えてください

## Numbers out of range. $what is one of the check-scenario-what-* phrases; $value, $start
## and $end are numbers as written.

check-scenario-out-of-range = { $what } { $value } は範囲 { $start }..={ $end } の外です
check-scenario-out-of-range-help = すべての数値の範囲は docs/scenario-format.md に載っています
check-scenario-what-utility-threshold = 効用のしきい値
check-scenario-what-no-treaty-change = 条約なしの場合の点数の変化
check-scenario-what-pressure = 圧力
check-scenario-what-walk-out-chance = 決裂の確率
check-scenario-what-no-treaty-points = 条約なしの場合の点数
check-scenario-what-points-per-session = 会議ごとの点数
check-scenario-what-points-per-meter = メーター 1 ポイントあたりの点数

## The two parties. $side is a side's name (narrate-side-japan, narrate-side-russia);
## $article an article's id.

check-scenario-no-delegates = { $side }に全権委員がいません
check-scenario-no-delegates-help = 少なくとも首席全権を挙げてください
# $value is the priority as written.
check-scenario-bad-priority = `{ $article }` の優先度 { $value } が範囲外です
check-scenario-bad-priority-help = 1000 以下の正の数を使ってください（重みは相対的で、既定値は 1 です）
check-scenario-values-unknown-article = { $side }が存在しない条項 `{ $article }` を評価しています
check-scenario-missing-valuation = { $side }に条項 `{ $article }` の評価がありません
# $zeros is "0, 0, 0": one zero per option.
check-scenario-missing-valuation-help = 選択肢ごとに点数を 1 つずつ並べて `"{ $article }": [{ $zeros }]` を追加してください
# $count is how many values are given; $options how many options the article has.
check-scenario-valuation-length = { $side }は `{ $article }` に { $count } 個の値を付けていますが、この条項の選択肢は { $options } 個です
# $options is the list of the article's option ids.
check-scenario-valuation-length-help = 選択肢ごとに 1 つずつ、次の順に数値を書いてください: { $options }
# $points is the number as written; $most the limit.
check-scenario-valuation-range = 点数 { $points } は 0..={ $most } の範囲外です
check-scenario-valuation-range-help = 選択肢の評価は 0（最悪）から上に付けてください
check-scenario-flat-valuation = { $side }はどの条約も同じに評価しています
check-scenario-flat-valuation-help = 選択肢に異なる点数を付け、条約に優劣が出るようにしてください

## Events. $event is an event's id; $meter a meter's id; dates as written ("1905-08-23").

check-scenario-too-many-events = 出来事が { $count } 個あります。上限は { $most } 個です
check-scenario-too-many-events-help = いくつか削除してください
check-scenario-bad-event-date-help = 日付は "YYYY-MM-DD" の形で書きます。例: "1905-08-23"
# $first and $last are the first and last sessions' dates.
check-scenario-event-outside-sessions = 出来事 `{ $event }` の日付 { $date } が会議の期間（{ $first }～{ $last }）の外です
check-scenario-event-outside-sessions-help = 会議の期間内の日付にするか、それ以前の事実は説明や開始値に書いてください
# $chance is the number as written.
check-scenario-bad-chance = 確率 { $chance } が 0 と 1 の間にありません
check-scenario-bad-chance-help = 0.5 のような確率を書いてください
check-scenario-idle-event = 出来事 `{ $event }` には効果も電報もありません
check-scenario-idle-event-help = プレイヤーが知るように電報を付けるか、意味を持つように効果を付けてください
# $change is the number as written; $most the limit.
check-scenario-meter-change = メーター `{ $meter }` への変化 { $change } が ±{ $most } を超えています
check-scenario-meter-change-help = メーターの変化は -{ $most }..={ $most } の範囲にしてください

## Red lines, press statements, the mediator, outcomes. $side is a side's name.

check-scenario-too-many-red-lines = 譲れない一線が { $count } 個あります。上限は { $most } 個です
check-scenario-too-many-red-lines-help = 譲れない一線をまとめてください
# $red_line is the red line's id.
check-scenario-empty-red-line = 譲れない一線 `{ $red_line }` は何も禁じていません
# $article is the first article's id, for the example.
check-scenario-empty-red-line-help = 禁じる選択肢を挙げてください。例: {"{"}"{ $article }": [...]{"}"}
check-scenario-bad-uses = 使用回数が 0 回の新聞発表があります
check-scenario-bad-uses-help = 1 回以上にするか、その発表を削除してください
check-scenario-too-many-press = 新聞発表が { $count } 個あります。上限は { $most } 個です
check-scenario-too-many-proposals = 仲介者の提案が { $count } 個あります。上限は { $most } 個です
# $proposal is the proposal's id.
check-scenario-empty-proposal = 仲介者の提案 `{ $proposal }` は何も提案していません
check-scenario-empty-proposal-help = 提案する条件を挙げてください
check-scenario-outcome-count = 結末が { $count } 個あります。シナリオには 1～{ $most } 個の結末が必要です
check-scenario-outcome-count-help = 少なくとも条約締結の結末と決裂の結末を定義してください
# $outcome is the outcome's id.
check-scenario-aftermath-gap = 結末 `{ $outcome }` に、{ $side }について常に当てはまる後日談がありません
# $side_id is the side as the file writes it (Japan, Russia): keep it in English.
check-scenario-aftermath-gap-help = 後日談のリストの最後に、`when` のない `Aftermath(side: { $side_id }, result: ..., text: "...")` を加えてください
check-scenario-impossible-article = 開始時点で、{ $side }の譲れない一線が `{ $article }` のすべての選択肢を禁じています
check-scenario-impossible-article-help = 出来事や電報でそのいずれかを解く意図がある場合にだけ、これは意図どおりです

## Conditions, by where they are used.

check-scenario-condition-terms = この条件は条約の条件以外のことを問うていますが、この時点ではそれは分かりません
check-scenario-condition-terms-help = 出来事、後日談、電報への回答で使ってください。ここで使えるのは `Term`、`Agreed`、`All`、`Any`、`Not` だけです
check-scenario-condition-talks = この条件はゲームの終わり方を問うていますが、この時点ではそれは分かりません
check-scenario-condition-talks-help = 結末と後日談で使ってください
check-scenario-condition-outcome = この条件は終わり方と条約の条件以外のことに左右されますが、この時点ではそれは分かりません
check-scenario-condition-outcome-help = 後日談、出来事、電報への回答で使ってください
check-scenario-condition-final = この条件はここでは使えません。この時点ではそれは分かりません
check-scenario-condition-final-help = ほかの条件を使ってください
# $article is the article's id.
check-scenario-empty-term = `Term("{ $article }", [])` に選択肢が挙げられていません
check-scenario-empty-term-help = 該当する選択肢を挙げてください
# $session is the number written; $count how many sessions there are.
check-scenario-bad-session = 第 { $session } 回会議はありません。会議の番号は 1～{ $count } です
check-scenario-bad-session-help = 一覧にある会議の番号を使ってください

## The computer's personas and levels of play.

check-scenario-bad-persona-session-help = シナリオの一覧にある会議の番号を、最初の会議を 1 として書いてください
# $firmness is the number as written.
check-scenario-bad-firmness = 強硬さ { $firmness } が範囲外です
check-scenario-bad-firmness-help = 0 より大きく 20 以下の数を使ってください。1 は均等に譲歩し、3 は強く粘り、0.5 は早く譲ります
check-scenario-bad-difficulty-firmness-help = 0 より大きく 10 以下の係数を使ってください（1 で人物像を書かれたとおりに演じます）
# $id is the press statement's id; $known the side's press statement ids.
check-scenario-unknown-press = { $side }に新聞発表 `{ $id }` はありません
check-scenario-unknown-press-help = この側の新聞発表の id のいずれかを使ってください: { $known }
# $option, $article and $red_line are ids.
check-scenario-opening-forbidden = { $side }の最初の提案は `{ $article }` で `{ $option }` を譲っていますが、これは自らの譲れない一線 `{ $red_line }` が禁じています
check-scenario-opening-forbidden-help = 訓令が認める条件で始めるか、譲れない一線を変えてください
# $field is the field's name (resolve, patience, pressure); the numbers are as written.
check-scenario-hidden-range = { $field } の範囲（{ $low }, { $high }）は、{ $start }～{ $end } の中で小さい値から大きい値へ書く必要があります
check-scenario-hidden-range-help = (low, high) の形で、low を high 以下にし、どちらも { $start }～{ $end } にしてください
# $from and $to are session numbers.
check-scenario-walk-out-order = 決裂の会議が { $from } から { $to } へ逆向きになっています
check-scenario-walk-out-order-help = `to` は `from` と同じか、それより後にしてください

## The file's format, and the size of the game it describes.

# $format is the number written; $newest the newest this version reads.
check-scenario-format-newer = このシナリオは形式 { $format } で書かれており、このバージョンのゲームが読める形式（{ $newest }）より新しいです
check-scenario-format-newer-help = 開くには Portsmouth 1905 を更新してください
check-scenario-format-unknown = 不明な形式 { $format } です
check-scenario-format-unknown-help = `format: 1` と書いてください
# $count is how many treaties the options make; $most the limit.
check-scenario-too-many-treaties = 条項の選択肢を組み合わせると { $count } 通りの条約になります。このゲームが扱えるのは { $most } 通りまでです
check-scenario-too-many-treaties-help = 選択肢を減らすか、小さな条項を 1 つにまとめてください

## The treaty form and the historical record. $article is an article's id.

check-scenario-bad-plain-date-help = 日付は "YYYY-MM-DD" の形で書きます
# $sovereign is the sovereign's name as the scenario writes it.
check-scenario-no-plenipotentiaries = { $sovereign }のために署名する人がいません
check-scenario-no-plenipotentiaries-help = 全権委員を少なくとも 1 人挙げてください: `(name: "...", office: "...")`
check-scenario-too-many-form-articles = 条項が { $count } 個あります。条約の書式に入るのは { $most } 個までです
check-scenario-too-many-form-articles-help = 短い条項を 1 つにまとめてください
check-scenario-misplaced-to = 条約の条項 `{ $article }` に `to` がありますが、これは追加条項だけのものです
check-scenario-misplaced-to-help = `additional` の下に移すか、`to` を削除してください
check-scenario-unknown-treaty-article = 条約の書式に条項 `{ $article }` はありません
check-scenario-missing-to = 追加条項 `{ $article }` が、どの条項を補うのかを示していません
check-scenario-missing-to-help = 条約の条項の id を書いた `to: "..."` を加えてください
check-scenario-unplaced-article = 交渉する条項 `{ $article }` が条約の書式のどこにも置かれていません
check-scenario-unplaced-article-help = その条文が入る条約の条項の部分に `Term("{ $article }")` を加えてください
check-scenario-empty-article = 条約の条項 `{ $article }` に部分がありません
check-scenario-empty-article-help = `Text("...")` または `Term("article id")` の部分を付けてください
check-scenario-placed-twice = 交渉する条項 `{ $article }` が条約の書式に 2 度置かれています
check-scenario-placed-twice-help = 交渉する各条項の条文は 1 か所にだけ置きます。こちらを削除してください
check-scenario-missing-term = 史実の条約に `{ $article }` の選択肢がありません
check-scenario-missing-term-help = `"{ $article }": "..."` を加えてください
check-scenario-no-outcome = 結末 `{ $id }` はありません
# $outcome is the outcome the treaty falls under (or "none"); $expected the one the file names.
check-scenario-history-mismatch = 史実の条約は結末 `{ $outcome }` に当たり、`{ $expected }` ではありません
check-scenario-history-mismatch-help = 結末の条件か史実の条件を直し、両者を一致させてください
check-scenario-too-many-steps = 台本の手順が { $count } 個あります。上限は { $most } 個です
check-scenario-too-many-steps-help = 台本を短くしてください
check-scenario-bad-script-help = 台本の手番には、上で定義した条項・選択肢・新聞発表・譲れない一線の id を使います

## The glossary. $term is a term as written; $most a limit.

check-scenario-too-many-terms = 用語集の用語が { $most } 個を超えています
check-scenario-too-many-terms-help = 読者が知らないかもしれない語だけを残し、日常的な語は外してください
check-scenario-bad-term = `{ $term }` は用語集の用語として使えません
check-scenario-bad-term-help = 本文での使われ方のとおりに、語や句を 1 行、{ $most } 文字以内で書いてください
check-scenario-duplicate-term = 用語集で `{ $term }` が 2 回説明されています
check-scenario-duplicate-term-help = 用語ごとに項目は 1 つにしてください（大文字・小文字は区別しません）
check-scenario-glossary-line = `{ $term }` の説明が短い 1 行になっていません
check-scenario-glossary-line-help = 用語の説明は 1 行、{ $most } 文字以内にしてください
check-scenario-glossary-source = `{ $term }` の説明に出典がありません
check-scenario-glossary-source-help = `sources` にある出典のキーを書いてください（INVENTED では不十分です）
