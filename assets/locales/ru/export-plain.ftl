# Итог простыми словами: как сторона сыграла рядом со своим переговорщиком 1905 года и что
# договор решил по главным вопросам. $compared (а также $japan, $russia) — одно из much-better,
# little-better, same, little-worse, much-worse.

export-plain-against-1905 = { $compared ->
        [much-better] гораздо лучше, чем в
        [little-better] немного лучше, чем в
       *[same] примерно так же, как в
        [little-worse] немного хуже, чем в
        [much-worse] гораздо хуже, чем в
    } 1905 году
# $title — переговорщик, за которого играл игрок (Сергей Витте).
export-plain-you-did = Вы сыграли { $compared ->
        [much-better] гораздо лучше, чем
        [little-better] немного лучше, чем
       *[same] примерно так же, как
        [little-worse] немного хуже, чем
        [much-worse] гораздо хуже, чем
    } { $title } в 1905 году.
# $japanTitle и $russiaTitle — оба переговорщика 1905 года.
export-plain-both-did = Япония сыграла { $japan ->
        [much-better] гораздо лучше, чем
        [little-better] немного лучше, чем
       *[same] примерно так же, как
        [little-worse] немного хуже, чем
        [much-worse] гораздо хуже, чем
    } { $japanTitle } в 1905 году, а Россия — { $russia ->
        [much-better] гораздо лучше, чем
        [little-better] немного лучше, чем
       *[same] примерно так же, как
        [little-worse] немного хуже, чем
        [much-worse] гораздо хуже, чем
    } { $russiaTitle }.
export-plain-refused = Договор был подписан, но отвергнут дома, так что ничего из сказанного в нём не сбылось.
export-plain-no-treaty = Договор не был подписан: ничего не решено, и война могла продолжаться.
# Статья ($article) и то, что договор по ней решил ($option); $then — решение 1905 года.
export-plain-settled = { $article }: { $option }
export-plain-settled-as-1905 = { $article }: { $option } (как в 1905 году)
export-plain-settled-unlike-1905 = { $article }: { $option } (в 1905 году: { $then })
export-plain-settled-join = { "; " }
# $settled — статьи, каждая как export-plain-settled…, через export-plain-settled-join.
export-plain-biggest = По главным вопросам: { $settled }.
export-plain-for-the-teacher = Итог каждой стороны оценивается от 0 (худший для неё договор) до 1 (лучший), а цена разрыва — то, чего стоил ей разрыв переговоров. Граница Парето — это множество договоров, которые нельзя улучшить для одной стороны, не ухудшив для другой: итог ниже границы значит, что обе стороны могли получить больше. Точка Нэша — договор на границе, который делит выигрыш по сравнению с разрывом наиболее поровну (он максимизирует произведение выигрышей обеих сторон). Ни то ни другое не предписывает, как следовало поступить делегату: это мерки для обсуждения того, что было возможно.
