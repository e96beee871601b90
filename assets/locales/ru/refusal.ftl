# Почему правила не допускают ход: так это сообщают игроку.
# Переменные (имена из сценария, здесь не переведены и не склоняются): $article и $linked —
# названия статей; $author и $to — имя делегата или посредника; $capital — столица;
# $order — пункт инструкций; $side, $from и $to_move — сторона (narrate-side-japan или
# narrate-side-russia).

refusal-conference-over = Конференция окончена.
refusal-not-your-turn = Сейчас ходит { $to_move }, а не { $side }.
refusal-nothing-to-answer = У стороны «{ $from }» нет на столе переговоров предложения, на которое можно ответить.
refusal-no-mediator-proposal = Посредник ({ $mediator }) не выдвинул предложения.
refusal-last-look-answer-only = Договор согласован целиком: сейчас можно лишь принять поправку посредника ({ $mediator }) в целом или отклонить её — и ничего более.
refusal-answer-names-no-article = В ответе ({ $to }) не названо ни одной статьи.
refusal-answer-names-unknown-article = В ответе названа статья, которой нет на этой конференции.
refusal-not-in-proposal = Статьи «{ $article }» нет в предложении, которое выдвинул { $author }.
refusal-two-answers = На статью «{ $article }» дано два разных ответа.
refusal-package-split = { $author } связал статью «{ $article }» со статьёй «{ $linked }»: отвечать на них нужно вместе.
refusal-settled-by-other-answer = Статья «{ $article }» уже решена в этот ход вашим ответом стороне «{ $side }».
refusal-empty-proposal = В предложении должно быть хотя бы одно условие.
refusal-no-such-article = Такой статьи нет.
refusal-no-such-option = У статьи «{ $article }» нет такого варианта.
refusal-not-tabled-later = Статья «{ $article }» ещё не вынесена на обсуждение: до неё дойдёт позже.
refusal-not-tabled-on = Статья «{ $article }» ещё не вынесена на обсуждение: до неё дойдёт { $date }.
refusal-not-tabled-in-session = Статья «{ $article }» ещё не вынесена на обсуждение: до неё дойдёт на заседании { $number }.
refusal-settled-this-turn = Статья «{ $article }» решена вашим ответом в этот ход.
refusal-already-agreed = По статье «{ $article }» именно это уже согласовано.
# $act: accept, propose или demand. $linked: yes, если условия допустимы в пакете с
# условиями, отвечающими инструкции.
refusal-forbidden = Инструкции, которые дал вам { $capital }, запрещают вам { $act ->
        [accept] принять
        [demand] потребовать
       *[propose] предложить
    } по статье «{ $article }»: { $option }{ $linked ->
        [yes] { " " }— разве что в пакете с условиями, которые им отвечают
       *[no] { "" }
    } («{ $order }»). Депеша домой может их изменить.
refusal-no-such-press = У вашей делегации нет такого заявления для печати.
refusal-press-used = Вы уже сделали заявление «{ $label }».
refusal-no-such-instruction = Такого пункта инструкций, о котором можно спросить, нет.
refusal-instruction-lifted = Пункт «{ $order }» вас больше не связывает.
refusal-cable-awaited = Вы всё ещё ждёте ответа на свою последнюю депешу в { $capital }.
refusal-no-time-for-cable = Ответ не успеет прийти до конца последнего заседания.
refusal-mediator-already-asked = На этом заседании вы уже обращались к посреднику ({ $mediator }).
refusal-ultimatum-stands = Ваш прежний ультиматум ещё в силе.
refusal-empty-ultimatum = В ультиматуме должны быть названы требуемые условия.
refusal-deadline-out-of-range = Срок должен приходиться на заседание с { $first }-го по { $last }-е.
refusal-ultimatum-unknown-term = В ультиматуме названо неизвестное условие.
refusal-ultimatum-not-tabled = Статья «{ $article }» ещё не вынесена на обсуждение.
refusal-ultimatum-already-agreed = Эти условия уже согласованы.
