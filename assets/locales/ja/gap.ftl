# How far apart the two delegations' standing offers are on one article, as the presenter's
# board shows it to a class.

gap-same-terms = 同じ条件：一方の受諾で合意
gap-widest = これ以上ないほど隔たっている
# $steps (2 or more) counts the options between the two offers.
gap-steps = { $steps }段階の隔たり
# $offers is Japan's player title, $asks Russia's.
gap-crossed = { $offers }の提示が{ $asks }の要求を上回っている
# $title is the player title of the side whose terms alone are on the table.
gap-only-one = { $title }の条件のみ
gap-no-offers = まだ条件なし
