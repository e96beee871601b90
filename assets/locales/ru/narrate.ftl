# Запись переговоров прозой, как протоколы конференции: запись за столом переговоров,
# watch и replay, проектор в классе.
# Переменные (имена и названия из сценария, здесь не переведены и не склоняются):
#   $actor    делегат и его сторона, как в narrate-who («Komura (Япония)»)
#   $title    имя делегата или название заседания, события, предложения
#   $articles названия статей через narrate-articles-join; $count — их число
#   $terms    условия (каждое как narrate-term) через narrate-terms-join

narrate-term = «{ $article }» — { $option }
narrate-terms-join = { "; " }
narrate-articles-join = { ", " }
narrate-articles-join-last = {" "}и{" "}
# Одна статья в таком списке.
narrate-article = «{ $article }»
# Начало пакета из нескольких условий; условия следуют через пробел.
narrate-together = единым пакетом (всё или ничего):

narrate-side-japan = Япония
narrate-side-russia = Россия
narrate-who = { $title } ({ $side })

narrate-proposes = { $actor } предлагает:
narrate-press = { $actor } делает заявление для печати — «{ $label }»: { $text }
narrate-cable = { $actor } шлёт депешу в { $capital } с просьбой освободить его от пункта «{ $order }».
narrate-cable-again = { $actor } снова шлёт депешу в { $capital } с просьбой освободить его от пункта «{ $order }».
narrate-appeal = { $actor } обращается к посреднику ({ $mediator }).
narrate-ultimatum = { $actor } предъявляет ультиматум: принять к заседанию { $date } условия: { $terms } — иначе { $side } прервёт переговоры.
narrate-breaks-off = { $actor } прерывает переговоры.
narrate-waits = { $actor } выжидает.
narrate-accepts = { $count ->
    [one] { $actor } принимает условия, которые выдвинул { $to }, по статье { $articles }.
   *[other] { $actor } принимает условия, которые выдвинул { $to }, по статьям { $articles }.
}
narrate-rejects = { $count ->
    [one] { $actor } отклоняет условия, которые выдвинул { $to }, по статье { $articles }.
   *[other] { $actor } отклоняет условия, которые выдвинул { $to }, по статьям { $articles }.
}
narrate-rejects-with-own = { $count ->
    [one] { $same_count ->
            [one] { $actor } отклоняет условия, которые выдвинул { $to }, по статье { $articles }, а вместе с ними и условия по статье { $same }, совпадающие с его собственными.
           *[other] { $actor } отклоняет условия, которые выдвинул { $to }, по статье { $articles }, а вместе с ними и условия по статьям { $same }, совпадающие с его собственными.
        }
   *[other] { $same_count ->
            [one] { $actor } отклоняет условия, которые выдвинул { $to }, по статьям { $articles }, а вместе с ними и условия по статье { $same }, совпадающие с его собственными.
           *[other] { $actor } отклоняет условия, которые выдвинул { $to }, по статьям { $articles }, а вместе с ними и условия по статьям { $same }, совпадающие с его собственными.
        }
}
narrate-rejects-own = { $same_count ->
    [one] { $actor } отклоняет условия, которые выдвинул { $to }, по статье { $same }, хотя они совпадают с его собственными.
   *[other] { $actor } отклоняет условия, которые выдвинул { $to }, по статьям { $same }, хотя они совпадают с его собственными.
}
narrate-asks-set-aside = { $count ->
    [one] { $actor } просит отложить статью { $articles }.
   *[other] { $actor } просит отложить статьи { $articles }.
}

narrate-ending-all-agreed = Все статьи согласованы: договор составлен.
narrate-ending-time-up-treaty = Последнее заседание окончено. Договор подписан по согласованным статьям; открытые статьи решаются так, как предусматривает сценарий.
narrate-ending-time-up-no-treaty = Последнее заседание окончено, а одна из существенных статей не решена: договора нет.
narrate-ending-walkout = { $actor } прерывает конференцию.
narrate-ending-ultimatum = Срок ультиматума, который предъявил { $actor }, истёк: { $side } прерывает конференцию.
narrate-ending-recalled = { $capital } отзывает свою делегацию: конференция окончена.

narrate-session = Заседание { $number } — { $date } — { $title }
narrate-agreed = СОГЛАСОВАНО — { $term } (предложил { $author })
narrate-agreed-on-reopening = СОГЛАСОВАНО ПОСЛЕ ПЕРЕСМОТРА — { $term } (предложил { $author })
narrate-set-aside = { $count ->
    [one] Мнения занесены в протокол; отложена статья { $articles }.
    [few] Мнения занесены в протокол; отложены { $count } статьи: { $articles }.
   *[many] Мнения занесены в протокол; отложено { $count } статей: { $articles }.
}
narrate-mediator-terms-await = { $count ->
    [one] Ответить на условия посредника по статье { $articles } должен { $title }.
   *[other] Ответить на условия посредника по статьям { $articles } должен { $title }.
}
narrate-lapsed = { $count ->
    [one] Условия, которые выдвинул { $author }, по статье { $articles } сняты с обсуждения.
   *[other] Условия, которые выдвинул { $author }, по статьям { $articles } сняты с обсуждения.
}
narrate-dispatch = ДЕПЕША ({ $from }): { $title } — { $text }
narrate-event = СОБЫТИЕ: { $title }
narrate-cable-unchanged = { $capital } не изменит ваших инструкций.
narrate-cable-answer = ОТВЕТНАЯ ДЕПЕША, адресат — { $title }. { $text }
narrate-instructions-bind = ИНСТРУКЦИИ: { $title } отныне связан пунктом «{ $order }».
narrate-instructions-release = ИНСТРУКЦИИ: { $title } больше не связан пунктом «{ $order }».
narrate-mediator-proposes-named = ПОСРЕДНИК ({ $mediator }): { $title } — { $text }
narrate-mediator-proposes = { $mediator } предлагает компромисс:
narrate-at-request = По просьбе, с которой обратился { $title }:
narrate-mediator-declined = На просьбу, с которой обратился { $title }, { $mediator } отвечает, что пока не видит компромисса, который можно было бы предложить.
narrate-last-look = Договор согласован целиком. Перед подписанием посредник ({ $mediator }) предлагает поправку, которая, судя по тому, что каждая делегация конфиденциально сообщила ему, не наносит ущерба ни одной из сторон и выгодна хотя бы одной из них:
narrate-last-look-declined = { $title } оставляет договор в согласованном виде; поправка посредника ({ $mediator }) не принята.
narrate-ultimatum-met = Ультиматум, который предъявил { $actor }, принят.
narrate-ultimatum-overtaken = Ультиматум, который предъявил { $actor }, утратил силу: его статьи уже согласованы, хотя и не все на тех условиях, которых он требовал.

narrate-withdraws-back-to = { $who } отзывает свою формулировку «{ $from }» по статье «{ $article }» и вместо неё предлагает вариант «{ $to }».
narrate-withdraws = { $who } отзывает свою формулировку «{ $from }» по статье «{ $article }»: её больше нет в его предложении.

# Разбор после партии (watch, replay).
narrate-debrief-plain = ПРОСТЫМИ СЛОВАМИ
narrate-debrief-outcome = ИСХОД: { $title }
narrate-debrief-no-outcome = ИСХОД: ни один из исходов сценария не соответствует такому окончанию.
narrate-debrief-at-home = ДОМА
narrate-debrief-aftermath = { $side }: { $text }
narrate-debrief-aftermath-result = { $side } — { $result }: { $text }
narrate-ratified = договор ратифицирован
narrate-ratified-amid-unrest = договор ратифицирован среди волнений
narrate-ratification-refused = в ратификации отказано
narrate-debrief-sources = Источники: { $sources }
narrate-debrief-clauses = СТАТЬЯ ЗА СТАТЬЁЙ РЯДОМ С ДОГОВОРОМ ОТ 5 СЕНТЯБРЯ 1905 ГОДА
narrate-debrief-signed = 1905: { $signed } ({ $verdict })
narrate-verdict-same = как в 1905 году
narrate-verdict-japan = лучше для Японии
narrate-verdict-russia = лучше для России
narrate-verdict-both = лучше для обеих сторон
narrate-verdict-different = иначе
narrate-debrief-teacher = ДЛЯ УЧИТЕЛЯ: ПРОСТРАНСТВО ТОРГА
narrate-debrief-utilities = Полезность (0 — худший договор, 1 — лучший; при разрыве — чего стоил разрыв переговоров; доля возможного выигрыша — какую часть промежутка между ценой разрыва и 1 взял итог)
narrate-debrief-utility = { $side } { $utility }   при разрыве { $walkaway }   доля возможного выигрыша { $share }
narrate-debrief-pareto-yes = Оптимум по Парето: да (расстояние до границы { $distance })
narrate-debrief-pareto-no = Оптимум по Парето: нет — существовал договор, лучший для обеих сторон (расстояние до границы { $distance })
narrate-debrief-nash = Точка Нэша: { $japan } / { $russia }; расстояние от этого результата { $distance }
narrate-debrief-no-nash = К концу ни один договор не был для обеих сторон лучше разрыва переговоров.
narrate-debrief-history = Расстояние от договора 1905 года по полезности: { $distance }
