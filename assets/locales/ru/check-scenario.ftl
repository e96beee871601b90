# What `portsmouth check` says about a scenario's contents, rule by rule. Ids and field names
# in `backquotes` are as written in the file: keep them.

## Names and ids. $id is an id as written; $count a limit.

check-scenario-bad-id = `{ $id }` нельзя использовать как id
check-scenario-bad-id-help = id начинается со строчной латинской буквы и содержит только a–z, 0–9, `_` и `-` (не больше { $count } символов)
# $kind is one of the check-scenario-kind-* phrases (plural).
check-scenario-duplicate-id = одинаковый id `{ $id }` у двух записей: { $kind }
check-scenario-duplicate-id-help = дайте каждой записи свой id
check-scenario-kind-events = события
check-scenario-kind-outcomes = исходы
check-scenario-kind-proposals = предложения посредника
check-scenario-kind-red-lines = красные линии
check-scenario-kind-press = заявления для прессы
check-scenario-kind-articles = статьи
# $article is the article's id.
check-scenario-kind-options = варианты статьи `{ $article }`
check-scenario-kind-meters = шкалы
check-scenario-kind-treaty-articles = статьи договора
# $key is a source's key.
check-scenario-unknown-source = ключа источника `{ $key }` нет в `sources`
# $choices is check-did-you-mean, check-use-one-of or check-none-defined.
check-scenario-unknown-source-help = добавьте `"{ $key }": "..."` в `sources`; иначе: { $choices }
# $text is the reference as written.
check-scenario-thin-source = источник `{ $key }` описан неполно: "{ $text }"
check-scenario-thin-source-help = укажите автора, название и год (или n.d.), а где известно — страницы, например "Ilyin, Sergei, Witte, 2006, pp. 145–152"
check-scenario-no-article = статьи `{ $id }` нет
# $article is the article's id.
check-scenario-no-option = у статьи `{ $article }` нет варианта `{ $id }`
check-scenario-no-meter = шкалы `{ $id }` нет
check-scenario-no-event = события `{ $id }` нет
check-scenario-no-red-line = красной линии `{ $id }` нет
check-scenario-no-proposal = у посредника нет предложения `{ $id }`

## The names a misspelt one may have meant. $known is a list of ids, separated by commas.

# $guess is the id closest to the one written.
check-did-you-mean = возможно, имелось в виду `{ $guess }`? Известны: { $known }
check-none-defined = пока ничего не определено
check-use-one-of = используйте одно из: { $known }

## Articles and meters. $article and $meter are ids; $count how many there are; $least and
## $most the limits; the other numbers are as written in the file.

check-scenario-no-articles = в сценарии нет статей
check-scenario-no-articles-help = добавьте хотя бы одну статью для переговоров
check-scenario-too-many-articles = статей: { $count }; в сценарии их может быть не больше { $most }
check-scenario-too-many-articles-help = объедините второстепенные статьи
check-scenario-option-count = у статьи `{ $article }` вариантов: { $count }; статье нужно от { $least } до { $most }
check-scenario-option-count-help = у статьи должно быть хотя бы два способа её решить
check-scenario-too-many-meters = шкал: { $count }; их может быть не больше { $most }
check-scenario-too-many-meters-help = объедините шкалы
check-scenario-meter-bound = у шкалы `{ $meter }` граница { $value } выходит за ±{ $most }
check-scenario-meter-bound-help = держите min и max в пределах -{ $most }..={ $most }
check-scenario-meter-min-max = у шкалы `{ $meter }` min { $min } и max { $max }
check-scenario-meter-min-max-help = max должен быть больше min (по умолчанию 0 и 100)
check-scenario-meter-start = шкала `{ $meter }` начинается с { $start }, вне { $min }..={ $max }
check-scenario-meter-start-help = выберите начальное значение между min и max
check-scenario-meter-per-session = шкала `{ $meter }` меняется на { $value } за заседание, больше чем ±{ $most }
check-scenario-meter-per-session-help = держите `per_session` в пределах -{ $most }..={ $most }

## Sessions. $count how many; $most the limit; $date a date as written ("1905-08-10").

check-scenario-session-count = заседаний: { $count }; в сценарии их должно быть от 1 до { $most }
check-scenario-session-count-help = на исторической конференции их было двенадцать
check-scenario-bad-date = `{ $date }` — не дата
check-scenario-bad-date-help = пишите даты в виде "YYYY-MM-DD" (по новому стилю), например "1905-08-10"
# $session and $previous are session numbers, counted from 1; $previous_date the earlier session's date.
check-scenario-date-order = заседание { $session } ({ $date }) идёт не после заседания { $previous } ({ $previous_date })
check-scenario-date-order-help = перечисляйте заседания по порядку дат, по одному в день
check-scenario-exchange-count = обменов ходами: { $count }; в заседании их может быть от 1 до { $most }
check-scenario-exchange-count-help = в каждом обмене обе стороны делают по ходу; обычно их 2 — утреннее и дневное заседание
# $article is the article's id.
check-scenario-never-tabled = статьи `{ $article }` нет в повестке ни одного заседания, поэтому её никогда не обсудят
check-scenario-never-tabled-help = добавьте "{ $article }" в повестку какого-либо заседания

## Numbers out of range. $what is one of the check-scenario-what-* phrases; $value, $start
## and $end are numbers as written.

check-scenario-out-of-range = { $what } { $value } — вне диапазона { $start }..={ $end }
check-scenario-out-of-range-help = диапазоны всех чисел указаны в docs/scenario-format.md
check-scenario-what-utility-threshold = порог полезности
check-scenario-what-no-treaty-change = изменение очков на случай отсутствия договора
check-scenario-what-pressure = давление
check-scenario-what-walk-out-chance = вероятность разрыва переговоров
check-scenario-what-no-treaty-points = очки на случай отсутствия договора
check-scenario-what-points-per-session = очки за заседание
check-scenario-what-points-per-meter = очки за единицу шкалы

## The two parties. $side is a side's name (narrate-side-japan, narrate-side-russia);
## $article an article's id.

check-scenario-no-delegates = у стороны «{ $side }» нет уполномоченных
check-scenario-no-delegates-help = назовите хотя бы первого уполномоченного
# $value is the priority as written.
check-scenario-bad-priority = приоритет { $value } для `{ $article }` вне допустимого диапазона
check-scenario-bad-priority-help = используйте положительное число не больше 1000 (веса относительны; по умолчанию 1)
check-scenario-values-unknown-article = сторона «{ $side }» оценивает статью `{ $article }`, которой нет
check-scenario-missing-valuation = у стороны «{ $side }» нет оценки статьи `{ $article }`
# $zeros is "0, 0, 0": one zero per option.
check-scenario-missing-valuation-help = добавьте `"{ $article }": [{ $zeros }]` — по одному числу очков на вариант
# $count is how many values are given; $options how many options the article has.
check-scenario-valuation-length = сторона «{ $side }» даёт для `{ $article }` значений: { $count }, а вариантов у статьи: { $options }
# $options is the list of the article's option ids.
check-scenario-valuation-length-help = укажите по одному числу на вариант, по порядку: { $options }
# $points is the number as written; $most the limit.
check-scenario-valuation-range = { $points } очк. — вне диапазона 0..={ $most }
check-scenario-valuation-range-help = оценивайте варианты от 0 (худший) и выше
check-scenario-flat-valuation = сторона «{ $side }» оценивает все договоры одинаково
check-scenario-flat-valuation-help = дайте вариантам разные очки, чтобы одни договоры были лучше других

## Events. $event is an event's id; $meter a meter's id; dates as written ("1905-08-23").

check-scenario-too-many-events = событий: { $count }; их может быть не больше { $most }
check-scenario-too-many-events-help = удалите часть из них
check-scenario-bad-event-date-help = пишите даты в виде "YYYY-MM-DD", например "1905-08-23"
# $first and $last are the first and last sessions' dates.
check-scenario-event-outside-sessions = событие `{ $event }` датировано { $date }, вне заседаний (с { $first } по { $last })
check-scenario-event-outside-sessions-help = назначьте ему дату в пределах конференции или опишите более ранние факты в инструкциях и начальных значениях
# $chance is the number as written.
check-scenario-bad-chance = вероятность { $chance } не лежит между 0 и 1
check-scenario-bad-chance-help = укажите вероятность, например 0.5
check-scenario-idle-event = у события `{ $event }` нет ни последствий, ни депеши
check-scenario-idle-event-help = дайте ему депешу, чтобы игроки о нём узнали, или последствия, чтобы оно что-то значило
# $change is the number as written; $most the limit.
check-scenario-meter-change = изменение шкалы `{ $meter }` на { $change } выходит за ±{ $most }
check-scenario-meter-change-help = держите изменения шкал в пределах -{ $most }..={ $most }

## Red lines, press statements, the mediator, outcomes. $side is a side's name.

check-scenario-too-many-red-lines = красных линий: { $count }; их может быть не больше { $most }
check-scenario-too-many-red-lines-help = объедините красные линии
# $red_line is the red line's id.
check-scenario-empty-red-line = красная линия `{ $red_line }` ничего не запрещает
# $article is the first article's id, for the example.
check-scenario-empty-red-line-help = перечислите варианты, которые она исключает, например {"{"}"{ $article }": [...]{"}"}
check-scenario-bad-uses = заявление для прессы, которое можно использовать 0 раз
check-scenario-bad-uses-help = укажите хотя бы 1 или удалите заявление
check-scenario-too-many-press = заявлений для прессы: { $count }; их может быть не больше { $most }
check-scenario-too-many-proposals = предложений посредника: { $count }; их может быть не больше { $most }
# $proposal is the proposal's id.
check-scenario-empty-proposal = предложение посредника `{ $proposal }` ничего не предлагает
check-scenario-empty-proposal-help = перечислите предлагаемые условия
check-scenario-outcome-count = исходов: { $count }; в сценарии их должно быть от 1 до { $most }
check-scenario-outcome-count-help = опишите хотя бы исход с договором и исход без него
# $outcome is the outcome's id.
check-scenario-aftermath-gap = у исхода `{ $outcome }` нет последствий для стороны «{ $side }», которые применялись бы всегда
# $side_id is the side as the file writes it (Japan, Russia): keep it in English.
check-scenario-aftermath-gap-help = закончите список последствий записью `Aftermath(side: { $side_id }, result: ..., text: "...")` без `when`
check-scenario-impossible-article = красные линии стороны «{ $side }» в начале запрещают все варианты `{ $article }`
check-scenario-impossible-article-help = это намеренно, только если одну из них должно снять событие или депеша

## Conditions, by where they are used.

check-scenario-condition-terms = это условие выходит за рамки условий договора, а они здесь ещё неизвестны
check-scenario-condition-terms-help = используйте его в событиях, последствиях или ответах на депеши; здесь допустимы только `Term`, `Agreed`, `All`, `Any` и `Not`
check-scenario-condition-talks = это условие спрашивает, чем закончилась игра, а здесь это ещё неизвестно
check-scenario-condition-talks-help = используйте его в исходах и последствиях
check-scenario-condition-outcome = это условие зависит не только от развязки и условий договора, а остальное здесь ещё неизвестно
check-scenario-condition-outcome-help = используйте его в последствиях, событиях или ответах на депеши
check-scenario-condition-final = это условие здесь использовать нельзя: нужное ему здесь ещё неизвестно
check-scenario-condition-final-help = используйте другие условия
# $article is the article's id.
check-scenario-empty-term = в `Term("{ $article }", [])` не перечислено ни одного варианта
check-scenario-empty-term-help = перечислите варианты, которые засчитываются
# $session is the number written; $count how many sessions there are.
check-scenario-bad-session = заседания { $session } нет; заседания нумеруются от 1 до { $count }
check-scenario-bad-session-help = используйте номер заседания из списка

## The computer's personas and levels of play.

check-scenario-bad-persona-session-help = укажите номер заседания из списка сценария, считая первое за 1
# $firmness is the number as written.
check-scenario-bad-firmness = твёрдость { $firmness } вне допустимого диапазона
check-scenario-bad-firmness-help = используйте число больше 0 и не больше 20: 1 — уступать равномерно, 3 — держаться твёрдо, 0.5 — уступать рано
check-scenario-bad-difficulty-firmness-help = используйте множитель больше 0 и не больше 10 (1 — играть персонажа так, как он описан)
# $id is the press statement's id; $known the side's press statement ids.
check-scenario-unknown-press = у стороны «{ $side }» нет заявления для прессы `{ $id }`
check-scenario-unknown-press-help = используйте один из id заявлений этой стороны: { $known }
# $option, $article and $red_line are ids.
check-scenario-opening-forbidden = первое предложение стороны «{ $side }» уступает `{ $option }` по `{ $article }`, а это запрещает её красная линия `{ $red_line }`
check-scenario-opening-forbidden-help = начните с условия, которое допускают инструкции, или измените красную линию
# $field is the field's name (resolve, patience, pressure); the numbers are as written.
check-scenario-hidden-range = диапазон { $field } ({ $low }, { $high }) должен идти от меньшего к большему в пределах от { $start } до { $end }
check-scenario-hidden-range-help = напишите (low, high), где low не больше high, оба от { $start } до { $end }
# $from and $to are session numbers.
check-scenario-walk-out-order = заседания разрыва переговоров идут от { $from } назад к { $to }
check-scenario-walk-out-order-help = `to` должно быть не раньше `from`

## The file's format, and the size of the game it describes.

# $format is the number written; $newest the newest this version reads.
check-scenario-format-newer = этот сценарий записан в формате { $format }, более новом, чем читает эта версия игры ({ $newest })
check-scenario-format-newer-help = обновите Portsmouth 1905, чтобы открыть его
check-scenario-format-unknown = неизвестный формат { $format }
check-scenario-format-unknown-help = напишите `format: 1`
# $count is how many treaties the options make; $most the limit.
check-scenario-too-many-treaties = варианты статей дают возможных договоров: { $count }; игра справляется не больше чем с { $most }
check-scenario-too-many-treaties-help = удалите варианты или объедините небольшие статьи в одну

## The treaty form and the historical record. $article is an article's id.

check-scenario-bad-plain-date-help = пишите даты в виде "YYYY-MM-DD"
# $sovereign is the sovereign's name as the scenario writes it.
check-scenario-no-plenipotentiaries = никто не подписывает договор от имени «{ $sovereign }»
check-scenario-no-plenipotentiaries-help = назовите хотя бы одного уполномоченного: `(name: "...", office: "...")`
check-scenario-too-many-form-articles = статей: { $count }; в тексте договора их может быть не больше { $most }
check-scenario-too-many-form-articles-help = объедините короткие статьи в одну
check-scenario-misplaced-to = у статьи договора `{ $article }` указано `to`, а оно бывает только у дополнительных статей
check-scenario-misplaced-to-help = перенесите её в `additional` или удалите `to`
check-scenario-unknown-treaty-article = в тексте договора нет статьи `{ $article }`
check-scenario-missing-to = дополнительная статья `{ $article }` не указывает, какую статью она дополняет
check-scenario-missing-to-help = добавьте `to: "..."` с id статьи договора
check-scenario-unplaced-article = для обсуждаемой статьи `{ $article }` нет места в тексте договора
check-scenario-unplaced-article-help = добавьте `Term("{ $article }")` в ту часть статьи договора, где должно стоять её положение
check-scenario-empty-article = у статьи договора `{ $article }` нет частей
check-scenario-empty-article-help = дайте ей части `Text("...")` или `Term("article id")`
check-scenario-placed-twice = обсуждаемая статья `{ $article }` стоит в тексте договора второй раз
check-scenario-placed-twice-help = положение каждой обсуждаемой статьи стоит в одном месте; удалите это
check-scenario-missing-term = в историческом договоре нет варианта для `{ $article }`
check-scenario-missing-term-help = добавьте `"{ $article }": "..."`
check-scenario-no-outcome = исхода `{ $id }` нет
# $outcome is the outcome the treaty falls under (or "none"); $expected the one the file names.
check-scenario-history-mismatch = исторический договор подпадает под исход `{ $outcome }`, а не `{ $expected }`
check-scenario-history-mismatch-help = исправьте условия исходов или исторические условия, чтобы они совпадали
check-scenario-too-many-steps = шагов сценария: { $count }; их может быть не больше { $most }
check-scenario-too-many-steps-help = сократите сценарий ходов
check-scenario-bad-script-help = в ходах сценария используются id статей, вариантов, заявлений для прессы и красных линий, определённые выше

## The glossary. $term is a term as written; $most a limit.

check-scenario-too-many-terms = в глоссарии больше { $most } терминов
check-scenario-too-many-terms-help = оставьте слова, которых читатель может не знать, а общеупотребительные уберите
check-scenario-bad-term = `{ $term }` нельзя использовать как термин глоссария
check-scenario-bad-term-help = напишите слово или выражение так, как оно стоит в тексте, в одну строку, не длиннее { $most } символов
check-scenario-duplicate-term = глоссарий объясняет `{ $term }` дважды
check-scenario-duplicate-term-help = оставьте по одной записи на термин (регистр не важен)
check-scenario-glossary-line = объяснение `{ $term }` — не одна короткая строка
check-scenario-glossary-line-help = объясните термин одной строкой не длиннее { $most } символов
check-scenario-glossary-source = в объяснении `{ $term }` не указан источник
check-scenario-glossary-source-help = укажите ключ источника из списка `sources` (INVENTED недостаточно)
