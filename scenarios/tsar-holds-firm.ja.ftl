### Translation of the scenario scenarios/tsar-holds-firm.ron into `ja`, made by `portsmouth translate`.
### Replace each value with its translation and keep the keys; a key left out keeps the original text.
### Text written as {"{"} is text Fluent would otherwise read as markup: keep it so.
### `portsmouth check scenarios/tsar-holds-firm.ron` reports missing, extra or mismatched keys with file:line:column.

## Scenario

# title
title = もしも：皇帝が譲らなかったら

# description
description =
    1905年、ニコライ2世は8月23日のマイヤーの謁見で南樺太を手放した。ここでは皇帝は一寸たりとも譲らない：謁見は何も変えず、ウィッテの電報は退けられ、皇帝の忍耐はより早く尽きる。それでも小村は講和を持ち帰れるか――そしてウィッテはあえて踏みとどまるか。

## Events

# events[tsar_refuses_meyer].note.text
event-tsar_refuses_meyer-note =
    これは史実ではない。8月23日の謁見でニコライは賠償金も領土の割譲も拒み、最後になってようやく樺太南部を手放すことに同意した。この「もしも」では皇帝は拒否を貫き、ウィッテのどの電報も皇帝を動かさない。
