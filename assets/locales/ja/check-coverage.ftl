# What `portsmouth check` says when it proves that every ending of the talks has an outcome.
# Outcome and article ids in `backquotes` are as written in the scenario.

# $count is how many combinations of terms the conditions make (preformatted).
check-coverage-not-checked = 結末の条件が条件の組み合わせを { $count } 通り作るため、すべての終わり方に結末があるかを確かめきれません
check-coverage-not-checked-help = 結末が見る条項を減らすか、リストの最後にすべてを受ける結末（`when: Always`）を置いてください
# $work, $combinations and $budget are large numbers (preformatted); $outcomes how many outcomes there are.
check-coverage-too-costly = すべての終わり方に結末があると証明するには約 { $work } ステップかかります（{ $outcomes } 個の結末、それらが見る条件の組み合わせ { $combinations } 通り）。このプログラムがかける上限は { $budget } です
check-coverage-too-costly-help = 結末の条件を短くするか、見る条項や選択肢の少ない条項を減らすか、結末の数を減らしてください

## Endings no outcome describes. $count is how many; $examples is one of check-coverage-examples-*.

check-coverage-gap = どの結末にも当てはまらない終わり方が { $count } 通りあります。例: { $examples }
check-coverage-gap-help = それらを含む結末を加えるか、リストの最後にすべてを受ける結末（`when: Always`）を置いてください
# $first, $second and $third are endings, as below.
check-coverage-examples-one = { $first }
check-coverage-examples-two = { $first }／{ $second }
check-coverage-examples-three = { $first }／{ $second }／{ $third }
check-coverage-time-runs-out = 時間切れで条約なしに終わる交渉
check-coverage-broken-off-by-japan = 日本が打ち切る交渉
check-coverage-broken-off-by-russia = ロシアが打ち切る交渉
check-coverage-signed-treaty = 署名された条約
# $terms is a list of "article = option" ids.
check-coverage-treaty-with = { $terms } の条約

## An outcome no ending reaches. $outcome and $earlier are outcome ids.

check-coverage-shadowed = 結末 `{ $outcome }` には決して到達しません。当てはまる終わり方はすべて、先にある結末 `{ $earlier }` が取っています
check-coverage-never-holds = 結末 `{ $outcome }` には決して到達しません。その条件が成り立つことはありません
check-coverage-unreachable-help = 結末は順に試されます。これを前に移すか、前にある結末の条件を絞ってください
