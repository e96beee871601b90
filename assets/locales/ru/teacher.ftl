# Глаз учителя: скрытые пределы обеих сторон и зона согласия по каждой статье.

teacher-eye-heading = Глаз учителя — скрыто от делегаций
teacher-legend-zone = обе могут подписать и предпочтут это разрыву
teacher-legend-value-only = обе предпочли бы это, но инструкции запрещают
teacher-legend-marks = J, R, M: предложения на столе
teacher-limit = { $title } скорее прервёт переговоры, чем примет меньше { $reservation }%
teacher-limit-with-offer = { $title } скорее прервёт переговоры, чем примет меньше { $reservation }% · его предложение стоит { $own }% для него, { $other }% для стороны { $them }
teacher-bound-by = Связан: { $lines }
teacher-no-zone = Нет договора, который обе стороны могли бы подписать и который обеим был бы лучше разрыва: чьи-то инструкции должны измениться (депеша домой, посредник, события).
teacher-offers-meet = предложения совпадают
teacher-apart = разница { $gap }{ $zone ->
        [both-in] , обе в зоне
        [russia-out] ; предложение России вне зоны
        [japan-out] ; предложение Японии вне зоны
       *[both-out] ; обе вне зоны
    }
teacher-no-zone-here = зоны нет
teacher-offer-missing = нет одного из предложений
