# Инструкции стороны.

briefing-the-delegate = уполномоченного
briefing-confidential = СЕКРЕТНО — откуда: { $capital }; кому: { $player }
briefing-instructions-for = Инструкции: { $delegate }
briefing-if-talks-fail = Если переговоры сорвутся
briefing-red-lines = Безусловно необходимо — ваши красные линии
briefing-necessary = • { $text }
briefing-necessary-cable = • { $text } (депеша домой может это снять)
briefing-reserved = Инструкции, которые столица ещё может добавить
briefing-tradeable = Чем можно поступиться — доля от всего, что поставлено на карту
briefing-guarded = Защищено вашими красными линиями
briefing-public-position = Официальная позиция: { $party }
briefing-situation = Положение дел
briefing-words-to-know = Полезные слова
briefing-take-seat = Занять место за столом
    .tip = Открыть стол переговоров; инструкции остаются доступны по кнопке «Инструкции» на столе
