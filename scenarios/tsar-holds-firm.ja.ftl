### Translation of the scenario scenarios/tsar-holds-firm.ron into `ja`, made by `portsmouth translate`.
### Replace each value with its translation and keep the keys; a key left out keeps the original text.
### Text written as {"{"} is text Fluent would otherwise read as markup: keep it so.
### `portsmouth check scenarios/tsar-holds-firm.ron` reports missing, extra or mismatched keys with file:line:column.

## Scenario

# title
title = もしも：皇帝が譲らなかったら

# description
description =
    ニコライ2世は1寸たりとも譲らない：8月23日のマイヤーの謁見は何も変えず、ウィッテの電報は退けられ、皇帝の忍耐はより早く尽きる。それでも小村は講和を持ち帰れるか――そしてウィッテはあえて踏みとどまるか。
