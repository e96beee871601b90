# How far apart the two delegations' standing offers are on one article, as the presenter's
# board shows it to a class.

gap-same-terms = одинаковые условия: одно согласие — и статья принята
gap-widest = позиции максимально далеки
# $steps (2 or more) counts the options between the two offers.
gap-steps = { $steps ->
    [one] разница { $steps } шаг
    [few] разница { $steps } шага
   *[many] разница { $steps } шагов
}
# $offers is Japan's player title, $asks Russia's.
gap-crossed = { $offers } предлагает больше, чем просит { $asks }
# $title is the player title of the side whose terms alone are on the table.
gap-only-one = только условия стороны: { $title }
gap-no-offers = условий пока нет
