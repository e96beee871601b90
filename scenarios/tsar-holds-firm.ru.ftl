### Translation of the scenario scenarios/tsar-holds-firm.ron into `ru`, made by `portsmouth translate`.
### Replace each value with its translation and keep the keys; a key left out keeps the original text.
### Text written as {"{"} is text Fluent would otherwise read as markup: keep it so.
### `portsmouth check scenarios/tsar-holds-firm.ron` reports missing, extra or mismatched keys with file:line:column.

## Scenario

# title
title = Что если: царь стоит твёрдо

# description
description =
    В 1905 году Николай II уступил южный Сахалин на аудиенции Мейера 10 (23) августа. Здесь он не уступает ни пяди: аудиенция ничего не меняет, телеграммы Витте встречают отказ, а терпение царя иссякает раньше. Сумеет ли Комура всё же привезти домой мир — и осмелится ли Витте остаться?

## Events

# events[tsar_refuses_meyer].note.text
event-tsar_refuses_meyer-note =
    Этого не было. На аудиенции 10 (23) августа Николай отверг и контрибуцию, и всякую уступку земли и лишь в конце согласился отдать юг. В этом допущении «что если» он остаётся при своём отказе, и никакая телеграмма Витте его не переубедит.
