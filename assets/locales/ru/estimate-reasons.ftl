# Причины вероятного ответа: по одному предложению, видны при наведении за столом переговоров
# и в выводе `portsmouth estimate`. Имена — из сценария (переведённого вместе с ним):
#   $he        титул собеседника («Витте»); в тексте — «он»
#   $article   название статьи; $option — название варианта
#   $country   название его стороны (narrate-side-japan / narrate-side-russia)
#   $articles  названия нескольких статей, соединённые estimate-reasons-list-…; $count — их число
#   $times     сколько раз (число)
#   $weight    heavy, moderate или light: насколько статья важна для него
#   $demand    nothing, little или much: сколько условия требуют от него

# Названия, когда в сценарии их нет (причина из другого сценария).
estimate-reasons-this-article = без названия
estimate-reasons-another-option = другой вариант
estimate-reasons-these-terms = эти условия

# Перечень названий статей: одно ($name); два последних ($first и $last); каждое перед ними
# ($first) вместе с уже соединённым остатком ($rest).
estimate-reasons-list-one = «{ $name }»
estimate-reasons-list-pair = «{ $first }» и «{ $last }»
estimate-reasons-list-more = «{ $first }», { $rest }

## Одна статья

estimate-reasons-already-agreed = По статье «{ $article }» уже достигнуто согласие: «{ $option }».
estimate-reasons-position-standing = По статье «{ $article }» предложение, которое { $he } держит на столе переговоров, предусматривает вариант «{ $option }».
estimate-reasons-position-earlier = По статье «{ $article }» { $he } в последний раз предлагал вариант «{ $option }».
estimate-reasons-position-presumed = { $he } не назвал условий по статье «{ $article }»; ожидается, что он будет добиваться варианта «{ $option }».
estimate-reasons-refused = { $he } уже { $times ->
        [1] один раз
        [one] { $times } раз
        [few] { $times } раза
       *[many] { $times } раз
    } отклонял эти условия по статье «{ $article }».
estimate-reasons-beyond-offers = По статье «{ $article }» { $he } никогда не предлагал так много.
estimate-reasons-accepted = { $he } уже принимал эти условия по статье «{ $article }».
estimate-reasons-proposed = { $he } сам уже предлагал эти условия по статье «{ $article }».
# $articles: другие статьи, с которыми его предложение связывает эту ($count штук).
estimate-reasons-linked = { $count ->
        [1] В своём предложении { $he } связывает статью «{ $article }» со статьёй { $articles }: здесь он может уступить только вместе с ней.
       *[other] В своём предложении { $he } связывает статью «{ $article }» со статьями { $articles }: здесь он может уступить только вместе с ними.
    }
estimate-reasons-estimated = Насколько можно судить, { $he } придаёт статье «{ $article }» { $weight ->
        [heavy] очень большое значение
        [moderate] известное значение
       *[light] мало значения
    }, а ваши условия { $demand ->
        [nothing] ничего от него здесь не требуют
        [little] требуют от него здесь немногого
       *[much] требуют от него здесь многого
    }.
estimate-reasons-known-priority = { $weight ->
        [heavy] Известно, что { $country } придаёт статье «{ $article }» очень большое значение.
        [moderate] Известно, что { $country } придаёт значение статье «{ $article }», хотя и не первостепенное.
       *[light] Известно, что { $country } придаёт статье «{ $article }» мало значения.
    }
estimate-reasons-known-favourite = Было публично известно, что по статье «{ $article }» { $country } предпочитала вариант «{ $option }».
estimate-reasons-refused-in-public = { $country } заявила, что никогда не примет ваши условия по статье «{ $article }».
estimate-reasons-held-firm = { $he } уже { $times ->
        [1] один раз
        [one] { $times } раз
        [few] { $times } раза
       *[many] { $times } раз
    } повторял свои условия по статье «{ $article }».
estimate-reasons-gave-ground = { $he } уже уступил по статье «{ $article }».
# $mediator: имя посредника.
estimate-reasons-mediator-proposed = { $mediator } предложил по статье «{ $article }» вариант «{ $option }».

## Весь проект

# $text: публичная позиция его стороны (из сценария).
estimate-reasons-public-position = Публичная позиция ({ $country }): { $text }
# $from и $text: кто отправил публичную депешу и что в ней (из сценария).
estimate-reasons-public-news = Публичное известие ({ $from }): «{ $text }»
estimate-reasons-spoke-publicly = { $country } выступила с публичными заявлениями во время переговоров.
estimate-reasons-phase-early = Переговоры только начались: { $he } пока не видит особых причин уступать.
estimate-reasons-phase-middle = Переговоры на полпути: { $he } может кое в чём уступить.
estimate-reasons-phase-late = Переговоры близятся к концу: { $he } должен бы уже уступать больше.
estimate-reasons-phase-last-word = { $he } отвечает в последний раз: у него есть все причины договориться.
estimate-reasons-nothing-proposed = { $he } пока ничего не выложил на стол переговоров: эта оценка основана лишь на общеизвестных сведениях о том, чего добивается { $country }.
estimate-reasons-within-what-he-gives = В целом ваши условия требуют не больше, чем { $he }, вероятно, готов уступить сейчас.
# В следующих четырёх $articles называет $count статей.
estimate-reasons-insists-on = { $he }, вероятно, будет стоять на своём по { $count ->
        [1] статье
       *[other] статьям
    } { $articles }.
estimate-reasons-never-offered = Вы просите больше, чем { $he } когда-либо предлагал по { $count ->
        [1] статье
       *[other] статьям
    } { $articles }.
estimate-reasons-no-common-ground = По { $count ->
        [1] статье
       *[other] статьям
    } { $articles } { $he } ни разу не предложил ничего, что ваши инструкции позволяют принять: депеша домой или время могут это изменить.
estimate-reasons-you-give-more = Вы предлагаете больше, чем просит { $he }, по { $count ->
        [1] статье
       *[other] статьям
    } { $articles }.
estimate-reasons-coarse = { $he } ведёт тонкую игру и не раскрывает карт: эта оценка лишь приблизительна.
estimate-reasons-no-turn-left = { $he } уже не сделает хода: переговоры заканчиваются вашим ходом, и ответить на предложение он не сможет. То, что вы сейчас принимаете из его условий, согласовано; открытые статьи решаются так, как предусматривает сценарий.

## Ваши собственные инструкции

# $capital: ваша столица; $order: текст пункта инструкций; $linked: yes, если условия
# допустимы в пакете с условиями, отвечающими инструкции.
estimate-reasons-breach = Инструкции, которые дал вам { $capital }, запрещают предложить по статье «{ $article }»: «{ $option }»{ $linked ->
        [yes] { " " }— разве что в пакете с условиями, которые им отвечают
       *[no] { "" }
    } («{ $order }»).
