# What `portsmouth check` and the loaders say about a file's syntax: the RON or JSON text
# itself, before its meaning is read. Text in `backquotes` is what the file must hold: keep it.

## What a value is. $name is a word or record name as written in the file.

check-found-unit = `()`
check-found-bool = true или false
check-found-whole = целое число
check-found-decimal = дробное число
check-found-string = строка
check-found-char = символ
check-found-word = слово `{ $name }`
check-found-list = список `[...]`
check-found-map = словарь `{"{"}...{"}"}`
check-found-record = `{ $name }(...)`
check-found-tuple = `(...)`

## What a value should have been.

check-want-bool = `true` или `false`
check-want-whole = целое число
check-want-number = число
check-want-char = символ
check-want-string = строка в двойных кавычках
check-want-bytes = байты (в этих файлах не используются)
check-want-some = `Some(value)` ровно с одним значением
check-want-unit = `()`
# $name is the one word the value may be.
check-want-word = `{ $name }`
check-want-list = список `[...]`
check-want-tuple = кортеж `(...)`
check-want-map = словарь `{"{"}...{"}"}`
# $name is the record's name.
check-want-record = `{ $name }(field: value, ...)`
check-want-choice-such-as = один из именованных вариантов, например `Japan` или `Name(...)`
check-want-name = имя
check-want-choice = один из именованных вариантов
check-want-no-value = отсутствие значения у этого варианта
check-want-plain-word = простое слово без `(...)`
check-want-newtype = `Name(value)`
check-want-tuple-variant = `Name(...)` со значениями в количестве { $count }
check-want-struct-variant = `Name(field: value, ...)`

## A value of the wrong kind. $expected and $found are the phrases above.

check-expected-found = ожидалось: { $expected }; найдено: { $found }
# $expected and $found are record names.
check-wrong-record = ожидалось `{ $expected }(...)`, найдено `{ $found }(...)`
# $name is a record name; $found how many values it has; $count how many it takes.
check-takes-one-value = `{ $name }(...)` принимает ровно одно значение, а их { $found }
check-takes-values = `{ $name }(...)` принимает значений: { $count }, а их { $found }
# $found and $expected are technical words ("integer `300`", "u8").
check-invalid-type = неверный тип: { $found }; ожидалось: { $expected }
check-invalid-value = неверное значение: { $found }; ожидалось: { $expected }
check-invalid-length = неверная длина { $count }; ожидалось: { $expected }
# $name is the name written in the file; $expected the names allowed (check-either, check-one-of, or one name).
check-unknown-variant = неизвестный вариант `{ $name }`; допустимо: { $expected }
check-unknown-variant-none = неизвестный вариант `{ $name }`; вариантов здесь нет
check-unknown-field = неизвестное поле `{ $name }`; допустимо: { $expected }
check-unknown-field-none = неизвестное поле `{ $name }`; полей здесь нет
check-missing-field = отсутствует поле `{ $name }`
check-duplicate-field = поле `{ $name }` указано дважды
# $first and $second are names in `backquotes`.
check-either = { $first } или { $second }
# $names is a list of names in `backquotes`, separated by commas.
check-one-of = одно из: { $names }

## The text itself.

check-syntax-extensions = расширения RON (`#![enable(...)]`) в этих файлах не поддерживаются
check-syntax-extensions-help = удалите строку `#![...]` и заключите необязательные значения в `Some(...)`
check-syntax-empty = файл пуст
check-syntax-empty-help = сценарий начинается с `Scenario(` — см. docs/scenario-format.md
check-syntax-trailing = лишний текст после конца значения
check-syntax-trailing-help = проверьте, нет ли лишней закрывающей скобки или текста после последней `)`
check-syntax-comment-open = блочный комментарий не закрыт
check-syntax-comment-open-help = поставьте `*/` там, где комментарий должен закончиться
# $count is the limit.
check-syntax-too-many-values = в файле больше { $count } значений — это наибольшее допустимое число
check-syntax-too-many-values-help = разделите содержимое или удалите повторяющиеся записи
check-syntax-ends-early = файл заканчивается там, где ожидалось значение
check-syntax-ends-early-help = возможно, файл обрезан: проверьте, что каждая `(`, `[` и `{"{"}` закрыта
# $char is the character found.
check-syntax-unexpected-char = неожиданный символ `{ $char }` там, где ожидалось значение
check-syntax-unexpected-char-help = значения — это строки в двойных кавычках, числа, слова вроде `Japan` или `(...)`, `[...]`, `{"{"}...{"}"}`
check-syntax-too-deep = значения вложены глубже чем на { $count } уровней
check-syntax-too-deep-help = упростите структуру; условия можно объединять через `All([...])` вместо вложения
check-syntax-too-many = в этом наборе больше { $count } записей
check-syntax-too-many-help = удалите лишние записи: ни одной части сценария столько не нужно
# $bracket is the opening or closing bracket.
check-syntax-never-closed = эта `{ $bracket }` не закрыта
check-syntax-never-closed-help = поставьте `{ $bracket }` там, где она должна закончиться
check-syntax-comma = ожидалась `,` или `{ $bracket }`
check-syntax-comma-help = вероятно, после предыдущей записи пропущена запятая
check-syntax-map-open = эта `{"{"}` не закрыта
check-syntax-map-open-help = поставьте `{"}"}` там, где словарь должен закончиться
# $name is the key or field written twice.
check-syntax-duplicate-key = ключ `{ $name }` указан в этом словаре дважды
check-syntax-duplicate-key-help = оставьте одну из двух записей
check-syntax-map-colon = после ключа словаря ожидалось `:`
check-syntax-map-colon-help = записи словаря пишутся так: `"key": value`
check-syntax-paren-open = эта `(` не закрыта
check-syntax-paren-open-help = поставьте `)` там, где она должна закончиться
check-syntax-field-name = ожидалось имя поля
check-syntax-field-colon = после имени поля `{ $name }` ожидалось `:`
check-syntax-field-help = поля пишутся так: `name: value`
check-syntax-duplicate-field = поле `{ $name }` указано дважды
check-syntax-duplicate-field-help = оставьте одно из двух
# $count is the limit in bytes.
check-syntax-string-too-long = эта строка длиннее { $count } байт
check-syntax-string-too-long-help = сократите текст; длинные отрывки лучше вынести в отдельные депеши или абзацы эпилога
check-syntax-shorten = сократите текст
check-syntax-string-open = строка не закрыта
check-syntax-string-open-help = добавьте закрывающую `"`
check-syntax-escape = неизвестная escape-последовательность в строке
check-syntax-escape-help = пишите `\\` для обратной косой черты, `\"` для кавычки, `\n` для новой строки
check-syntax-raw-string = неправильно записанная raw-строка
check-syntax-raw-string-help = raw-строки выглядят так: r#"..."#
check-syntax-raw-string-open = raw-строка не закрыта
check-syntax-raw-string-open-help = закройте её тем же числом `#`, каким она открыта
check-syntax-char-open = символьный литерал не закрыт
check-syntax-char-open-help = добавьте закрывающую `'`
check-syntax-char-one = символьный литерал содержит ровно один символ
check-syntax-char-one-help = для текста используйте двойные кавычки
check-syntax-number = неправильно записанное число
# $text is the number as written.
check-syntax-number-text = неправильно записанное число `{ $text }`
check-syntax-number-help = числа пишутся так: 12, -3 или 0.25

## Laying a counterfactual over its base file. $id is an entry's id.

check-merge-remove-unknown = `remove: true` указывает на `{ $id }`, которого нет в базовом файле
check-merge-remove-unknown-help = сверьте id с базовым сценарием или удалите эту запись
check-merge-remove-bool = `remove` должно быть `true` или `false`
check-merge-remove-bool-help = напишите `remove: true`, чтобы удалить запись базового файла с этим id
