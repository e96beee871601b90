### Translation of the scenario scenarios/tsar-holds-firm.ron into `ru`, made by `portsmouth translate`.
### Replace each value with its translation and keep the keys; a key left out keeps the original text.
### Text written as {"{"} is text Fluent would otherwise read as markup: keep it so.
### `portsmouth check scenarios/tsar-holds-firm.ron` reports missing, extra or mismatched keys with file:line:column.

## Scenario

# title
title = Что если: царь стоит твёрдо

# description
description =
    Николай II не уступает ни пяди: аудиенция Мейера 23 августа ничего не меняет, телеграммы Витте встречают отказ, а терпение царя иссякает скорее. Сумеет ли Комура всё же привезти домой мир — и осмелится ли Витте остаться?
