# What `portsmouth check` says when it proves that every ending of the talks has an outcome.
# Outcome and article ids in `backquotes` are as written in the scenario.

# $count is how many combinations of terms the conditions make (preformatted).
check-coverage-not-checked = условия исходов дают наборов условий: { $count } — слишком много, чтобы проверить, что у каждой развязки есть исход
check-coverage-not-checked-help = пусть исходы смотрят на меньшее число статей, или закончите список исходом на все случаи (`when: Always`)
# $work, $combinations and $budget are large numbers (preformatted); $outcomes how many outcomes there are.
check-coverage-too-costly = доказательство того, что у каждой развязки есть исход, заняло бы около { $work } шагов (исходов: { $outcomes }; сочетаний условий, на которые они смотрят: { $combinations }); программа тратит не больше { $budget }
check-coverage-too-costly-help = сократите условия исходов, пусть они смотрят на меньшее число статей или на статьи с меньшим числом вариантов, или уменьшите число исходов

## Endings no outcome describes. $count is how many; $examples is one of check-coverage-examples-*.

check-coverage-gap = { $count ->
        [one] { $count } возможная развязка не подходит
        [few] { $count } возможные развязки не подходят
       *[many] { $count } возможных развязок не подходят
    } ни под один исход, например: { $examples }
check-coverage-gap-help = добавьте исход, который их охватывает, или закончите список исходом на все случаи (`when: Always`)
# $first, $second and $third are endings, as below.
check-coverage-examples-one = { $first }
check-coverage-examples-two = { $first }; { $second }
check-coverage-examples-three = { $first }; { $second }; { $third }
check-coverage-time-runs-out = переговоры, закончившиеся без договора, когда время вышло
check-coverage-broken-off-by-japan = переговоры, прерванные Японией
check-coverage-broken-off-by-russia = переговоры, прерванные Россией
check-coverage-signed-treaty = подписанный договор
# $terms is a list of "article = option" ids.
check-coverage-treaty-with = договор с условиями { $terms }

## An outcome no ending reaches. $outcome and $earlier are outcome ids.

check-coverage-shadowed = исход `{ $outcome }` недостижим: все подходящие ему развязки уже забирает более ранний исход `{ $earlier }`
check-coverage-never-holds = исход `{ $outcome }` недостижим: его условие никогда не выполняется
check-coverage-unreachable-help = исходы проверяются по порядку; переместите его выше или сузьте исходы перед ним
