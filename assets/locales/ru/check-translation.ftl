# What `portsmouth check` says about a scenario's translation files. (The problems inside a
# translation file itself are Fluent's, in English.)

check-translation-help = файлы перевода описаны в docs/scenario-format.md, раздел «Translations»; команда `portsmouth translate SCENARIO --lang CODE --out FILE` записывает свежий шаблон для сравнения
# $key is the message's key; $term the name as the original writes it; $source the sources'
# short names; $renderings the sources' renderings in quotes, joined by check-translation-or.
check-translation-history-term = в `{ $key }` нет названия { $term }, которое есть в оригинале: источники [{ $source }] пишут его как { $renderings }
check-translation-history-term-help = написание имён людей, мест и договора в источниках собрано в assets/history-terms.ron; если этот перевод верен, не обращайте внимания на предупреждение
# Between two renderings of a name: "Komura" or "Komura Jutarō". Keep the spaces.
check-translation-or = {" "}или{" "}
