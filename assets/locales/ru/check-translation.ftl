# What `portsmouth check` says about a scenario's translation files. (The problems inside a
# translation file itself are Fluent's, in English.)

check-translation-help = файлы перевода описаны в docs/scenario-format.md, раздел «Translations»; команда `portsmouth translate SCENARIO --lang CODE --out FILE` записывает свежий шаблон для сравнения
# $key is the message's key; $term the name as the original writes it; $source the sources'
# short names; $renderings the sources' renderings in quotes, joined by check-translation-or.
check-translation-history-term = в `{ $key }` нет названия { $term }, которое есть в оригинале: источники [{ $source }] пишут его как { $renderings }
check-translation-history-term-help = написание имён людей, мест и договора в источниках собрано в assets/history-terms.ron; если этот перевод верен, не обращайте внимания на предупреждение
# Between two renderings of a name: "Komura" or "Komura Jutarō". Keep the spaces.
check-translation-or = {" "}или{" "}

## Problems in a translation file. $key is a message's key as the file writes it.

# $problem is Fluent's own reason, in English.
check-translation-unreadable = Fluent не может прочитать это сообщение: { $problem }
check-translation-twice = `{ $key }` записано дважды; оставьте одно
# $reference is the file it is compared with.
check-translation-not-in = `{ $key }` нет в { $reference }: удалите его или сначала добавьте туда
# $origin is where the original text is: check-translation-near, check-translation-in, or a file:line:column.
check-translation-missing = `{ $key }` отсутствует: переведите его из { $origin }
# $missing and $unknown are placeholders as written, e.g. "{ $count }".
check-translation-leaves-out = в `{ $key }` пропущено { $missing }, которое есть в оригинале
check-translation-unknown-placeholder = `{ $key }` использует { $unknown }, которого нет в оригинале
check-translation-wrong-placeholder = `{ $key }` использует { $unknown } там, где в оригинале { $missing }
# $place is where in the scenario the text belongs; $location a file:line:column; $file a file.
check-translation-near = `{ $place }` около { $location }
check-translation-in = `{ $place }` в { $file }
# $base is the base scenario's file; $file the translation file to write it in.
check-translation-base-text = `{ $key }` — текст из { $base }, который этот сценарий не меняет: переведите его в { $file } и удалите здесь
# $problem is why the file could not be read (a check-files message).
check-translation-unread = { $problem }; используется исходный текст
check-translation-too-large = файл больше допустимых для перевода { $kib } КиБ; используется исходный текст
check-translation-too-deep = здесь подстановки вложены глубже чем на { $count } уровней; используется исходный текст
# $problem is the rule the translated text breaks (a check-scenario message).
check-translation-breaks-rule = с этим переводом сценарий нарушает правило ({ $problem }); используется исходный текст
# $problems is Fluent's own reasons, in English.
check-translation-cannot-format = `{ $key }` не удаётся отформатировать ({ $problems }); оставлен исходный текст
