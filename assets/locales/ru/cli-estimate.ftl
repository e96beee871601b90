# `portsmouth estimate`: оценка проекта за столом переговоров. Слова о том, как его примут, и причины — от движка (области estimate и estimate-reasons).

cli-estimate-game-over = игра окончена: укажите, чей это проект, через --side japan или --side russia
cli-estimate-no-proposal = У { $side ->
        [Japan] Японии
       *[Russia] России
    } нет предложения на столе переговоров: задайте проект через --draft article=option,...
cli-estimate-heading = { $me }: проект и то, как его, вероятно, примет { $him } ({ $reading ->
        [coarse] грубая оценка
       *[fine] точная оценка
    }):
cli-estimate-whole-draft = Проект в целом: { $meter }
cli-estimate-before-you-send = Прежде чем отправить: { $breach }
cli-estimate-take-as-it-stands = Что для этого нужно: этот проект как он есть.
cli-estimate-take = Что для этого нужно:
cli-estimate-take-changed = { $article }: { $option }   (изменено)
cli-estimate-take-nothing = Что для этого нужно: в пределах ваших инструкций по этим статьям нет ничего, ради чего { $him } подписал бы сейчас.
cli-estimate-take-no-answer = Что для этого нужно: сейчас ничего — { $him } уже не сделает хода, чтобы ответить на предложение.
cli-estimate-draft-form = --draft { $term }: записывайте каждое условие как article=option, например korea=free_hand
