# Таблица статей: каждая статья, предложения на столе и ваше предложение.
# Ценность всегда в процентах: 0 — худший для вас вариант статьи, 100 — лучший.

board-column-article = Статья
board-column-state = Статус
board-column-their-offer = Предлагает { $them }
board-column-your-proposal = Ваше предложение
board-column-package = Пак.
board-column-worth = Ценн.

board-state-open = открыта
board-state-agreed = принята
board-state-set-aside = отложена
board-gap = { $steps ->
        [0] совпадают
        [one] разница { $steps } шаг
        [few] разница { $steps } шага
       *[many] разница { $steps } шагов
    }
board-set-aside-mark = пока отложено
board-not-proposed = не предлагается
board-not-on-agenda = ещё не в повестке
board-percent = { $percent }%

board-answer = { $answer ->
        [accept] ПРИНЯТЬ · { $term }
        [reject] ОТКЛОНИТЬ · { $term }
        [set-aside] ОТЛОЖИТЬ · { $term }
       *[none] { $term }
    }
board-answer-accessible = { $label } по статье «{ $article }»
board-answer-tip = Ответить на это предложение: принять, отклонить, отложить или оставить без ответа (щелчок меняет ответ; A/R/D отвечают на всё).
board-answer-tip-linked = Ответить на это предложение: принять, отклонить, отложить или оставить без ответа (щелчок меняет ответ; A/R/D отвечают на всё). В одном пакете с: { $others } — ответ общий.
board-package-accessible = Пакет { $letter } для статьи «{ $article }»
board-package = Пакет
    .tip = Пакет: статьи с одной буквой предлагаются вместе — всё или ничего
board-previous = Предыдущий вариант для статьи «{ $article }»
    .tip = Предыдущий вариант, допустимый по вашим инструкциям (на статье вне вашего предложения стрелка к условию на столе начинает с него, другая — с лучшего для вас)
board-next = Следующий вариант для статьи «{ $article }»
    .tip = Следующий вариант, допустимый по вашим инструкциям (на статье вне вашего предложения стрелка к условию на столе начинает с него, другая — с лучшего для вас)

board-worth-to-you = для вас стоит { $percent }%
board-forbidden = запрещено вашими инструкциями
board-in-package = в пакете ещё с { $count } { $count ->
        [one] статьёй
       *[other] статьями
    }
board-taken-back = взято назад: было { $term }
board-turned-down = отклонено: { $term }
board-on-the-table = на столе: { $term }
board-as-on-the-table = как на столе
board-yours-turned-down = ваше отклонено: { $term }
board-takes-back = отзывает ваше предложение: { $term }

board-summary-no-offer = У стороны { $them } нет предложения на столе.
board-summary-worth = Если вы примете всё предложение стороны { $them }, договор будет стоить для вас { $percent }%.
board-summary-breach = Принять его целиком значит нарушить ваши инструкции: «{ $line }».
board-summary-forbidden = { $count ->
        [one] Ваши инструкции запрещают одно из его условий.
        [few] Ваши инструкции запрещают { $count } из его условий.
       *[many] Ваши инструкции запрещают { $count } из его условий.
    }
board-summary-unit = Ценность для вас — в процентах: 0% — худшее для вас, 100% — лучшее.

board-counter = Контрпредложение из их предложения
board-counter-accessible = Контрпредложение из предложения стороны { $them }
board-counter-tip = Начать ваше предложение с предложения стороны { $them }, условие за условием и пакет за пакетом, а затем изменить то, что вы не уступите
board-repeat = Повторить моё предложение
    .tip = Вернуть в черновик ваше предложение, стоящее на столе (ответы и действие сохранятся)
