# Под таблицей: последний ход другой стороны, действия хода, его запись и отправка.

actions-last-move = Последний ход: { $them }
actions-not-spoken = { $them } ещё ничего не сказал.
actions-press-chosen = Пресса: { $statement }
actions-press = Заявление для прессы
    .tip = Выступить перед прессой: влияет на мнение дома и в Америке; каждое заявление можно сделать лишь ограниченное число раз (щёлкните ещё раз для следующего)
actions-cable-chosen = Депеша: { $line }
actions-cable = Депеша домой
    .tip = Попросить правительство снять одну из ваших красных линий; ответ придёт к следующему заседанию и может быть отрицательным (щёлкните ещё раз для следующей линии)
actions-ask = Просить Рузвельта
    .tip = Попросить посредника предложить компромисс, который допускают инструкции обеих сторон
actions-ask-yes = Просить Рузвельта: да
actions-ultimatum = Ультиматум
actions-ultimatum-yes = Ультиматум: да
actions-ultimatum-tip = Потребовать ваших условий к заседанию { $date }, иначе ваша делегация прервёт переговоры; после отправки отменить нельзя
actions-break-off = Разрыв
    .tip = Покинуть конференцию: переговоры закончатся без договора
actions-break-off-yes = Разрыв: да
actions-reset = Сбросить
    .tip = Вернуться к вашему предложению на столе, без ответов (Backspace)
actions-send = Отправить ход
    .tip = Отправить этот ход на стол переговоров (Ctrl+Enter)
actions-worth = Если ваше предложение примут, договор будет стоить для вас { $agreed }%; разрыв сейчас — { $walk_out }%.
actions-recorded = Ваш ход, как он будет записан

# A move's terms run together on one line in the footer: after the heading ("… proposes:"),
# between two terms, and an all-or-nothing package closed in brackets ($terms: its terms).
actions-terms-first = { " " }
actions-terms-next = { "; " }
actions-terms-package = ({ $terms })

last-look-heading = Перед подписанием: поправка посредника ({ $mediator })
last-look-explained = Все статьи согласованы. Посредник ({ $mediator }) конфиденциально выслушал обе делегации и предлагает следующую поправку: судя по тому, что сообщила ему каждая из них, она не наносит ущерба ни одной из сторон и выгодна хотя бы одной из них. Примите её или оставьте договор в согласованном виде.
last-look-change = { $article }: { $was } → { $becomes }
last-look-settlement = Меняется сам характер мира: «{ $was }» → «{ $becomes }».
last-look-worth = По вашим инструкциям: { $amended }% с поправкой, { $agreed }% в согласованном виде.
last-look-they-accepted = { $them } принял поправку.
last-look-waiting = Поправка ждёт ответа: { $them }.
last-look-accept = Принять поправку
    .tip = Подписать договор с поправкой посредника ({ $mediator }), если другая сторона тоже её примет
last-look-keep = Оставить договор в согласованном виде
    .tip = Отклонить поправку посредника ({ $mediator }): договор будет подписан в согласованном виде
