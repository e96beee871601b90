# What `portsmouth check` and the loaders say about a file's syntax: the RON or JSON text
# itself, before its meaning is read. Text in `backquotes` is what the file must hold: keep it.

## What a value is. $name is a word or record name as written in the file.

check-found-unit = `()`
check-found-bool = true or false
check-found-whole = a whole number
check-found-decimal = a decimal number
check-found-string = a string
check-found-char = a character
check-found-word = the word `{ $name }`
check-found-list = a list `[...]`
check-found-map = a map `{"{"}...{"}"}`
check-found-record = `{ $name }(...)`
check-found-tuple = `(...)`

## What a value should have been.

check-want-bool = `true` or `false`
check-want-whole = a whole number
check-want-number = a number
check-want-char = a character
check-want-string = a string in double quotes
check-want-bytes = bytes (not used in these files)
check-want-some = `Some(value)` with exactly one value
check-want-unit = `()`
# $name is the one word the value may be.
check-want-word = `{ $name }`
check-want-list = a list `[...]`
check-want-tuple = a tuple `(...)`
check-want-map = a map `{"{"}...{"}"}`
# $name is the record's name.
check-want-record = `{ $name }(field: value, ...)`
check-want-choice-such-as = one of the named choices, such as `Japan` or `Name(...)`
check-want-name = a name
check-want-choice = one of the named choices
check-want-no-value = no value for this choice
check-want-plain-word = a plain word without `(...)`
check-want-newtype = `Name(value)`
check-want-tuple-variant = `Name(...)` with { $count } values
check-want-struct-variant = `Name(field: value, ...)`

## A value of the wrong kind. $expected and $found are the phrases above.

check-expected-found = expected { $expected }, found { $found }
# $expected and $found are record names.
check-wrong-record = expected `{ $expected }(...)`, found `{ $found }(...)`
# $name is a record name; $found how many values it has; $count how many it takes.
check-takes-one-value = `{ $name }(...)` takes exactly one value, found { $found }
check-takes-values = `{ $name }(...)` takes { $count } values, found { $found }
# $found and $expected are technical words ("integer `300`", "u8").
check-invalid-type = invalid type: { $found }, expected { $expected }
check-invalid-value = invalid value: { $found }, expected { $expected }
check-invalid-length = invalid length { $count }, expected { $expected }
# $name is the name written in the file; $expected the names allowed (check-either, check-one-of, or one name).
check-unknown-variant = unknown variant `{ $name }`, expected { $expected }
check-unknown-variant-none = unknown variant `{ $name }`, there are no variants
check-unknown-field = unknown field `{ $name }`, expected { $expected }
check-unknown-field-none = unknown field `{ $name }`, there are no fields
check-missing-field = missing field `{ $name }`
check-duplicate-field = duplicate field `{ $name }`
# $first and $second are names in `backquotes`.
check-either = { $first } or { $second }
# $names is a list of names in `backquotes`, separated by commas.
check-one-of = one of { $names }

## The text itself.

check-syntax-extensions = RON extensions (`#![enable(...)]`) are not supported in these files
check-syntax-extensions-help = remove the `#![...]` line and write `Some(...)` around optional values
check-syntax-empty = the file is empty
check-syntax-empty-help = a scenario starts with `Scenario(` — see docs/scenario-format.md
check-syntax-trailing = unexpected text after the end of the value
check-syntax-trailing-help = check for an extra closing bracket or text after the final `)`
check-syntax-comment-open = this block comment is never closed
check-syntax-comment-open-help = add `*/` where the comment should end
# $count is the limit.
check-syntax-too-many-values = the file holds more than { $count } values, the most a file may have
check-syntax-too-many-values-help = split the content or remove repeated entries
check-syntax-ends-early = the file ends where a value was expected
check-syntax-ends-early-help = the file may be cut short: check that every `(`, `[` and `{"{"}` is closed
# $char is the character found.
check-syntax-unexpected-char = unexpected character `{ $char }` where a value was expected
check-syntax-unexpected-char-help = values are strings in double quotes, numbers, words like `Japan`, or `(...)`, `[...]`, `{"{"}...{"}"}`
check-syntax-too-deep = values are nested more than { $count } levels deep
check-syntax-too-deep-help = flatten the structure; conditions can be combined with `All([...])` instead of nesting
check-syntax-too-many = this collection holds more than { $count } entries
check-syntax-too-many-help = remove entries; no part of a scenario needs that many
# $bracket is the opening or closing bracket.
check-syntax-never-closed = this `{ $bracket }` is never closed
check-syntax-never-closed-help = add `{ $bracket }` where it should end
check-syntax-comma = expected `,` or `{ $bracket }`
check-syntax-comma-help = a comma is probably missing after the previous entry
check-syntax-map-open = this `{"{"}` is never closed
check-syntax-map-open-help = add `{"}"}` where the map should end
# $name is the key or field written twice.
check-syntax-duplicate-key = the key `{ $name }` is given twice in this map
check-syntax-duplicate-key-help = keep one of the two entries
check-syntax-map-colon = expected `:` after a map key
check-syntax-map-colon-help = map entries are written `"key": value`
check-syntax-paren-open = this `(` is never closed
check-syntax-paren-open-help = add `)` where it should end
check-syntax-field-name = expected a field name
check-syntax-field-colon = expected `:` after the field name `{ $name }`
check-syntax-field-help = fields are written `name: value`
check-syntax-duplicate-field = the field `{ $name }` is given twice
check-syntax-duplicate-field-help = keep one of the two
# $count is the limit in bytes.
check-syntax-string-too-long = this string is longer than { $count } bytes
check-syntax-string-too-long-help = shorten the text; long passages belong in separate dispatches or epilogue paragraphs
check-syntax-shorten = shorten the text
check-syntax-string-open = this string is never closed
check-syntax-string-open-help = add the closing `"`
check-syntax-escape = unknown escape sequence in a string
check-syntax-escape-help = write `\\` for a backslash, `\"` for a quote, `\n` for a new line
check-syntax-raw-string = malformed raw string
check-syntax-raw-string-help = raw strings look like r#"..."#
check-syntax-raw-string-open = this raw string is never closed
check-syntax-raw-string-open-help = close it with the same number of `#` it opened with
check-syntax-char-open = this character is never closed
check-syntax-char-open-help = add the closing `'`
check-syntax-char-one = a character literal holds one character
check-syntax-char-one-help = use double quotes for text
check-syntax-number = malformed number
# $text is the number as written.
check-syntax-number-text = malformed number `{ $text }`
check-syntax-number-help = numbers are written like 12, -3 or 0.25

## Laying a counterfactual over its base file. $id is an entry's id.

check-merge-remove-unknown = `remove: true` names `{ $id }`, which the base file does not have
check-merge-remove-unknown-help = check the id against the base scenario, or delete this entry
check-merge-remove-bool = `remove` must be `true` or `false`
check-merge-remove-bool-help = write `remove: true` to delete the base file's entry with this id
