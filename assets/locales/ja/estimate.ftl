# The likely-answer panel's short words: how the counterpart would take each article, and
# the meter for the whole draft.

estimate-insists = 譲らない
estimate-may-give = 譲るかもしれない
estimate-would-accept = 受諾しそう
estimate-far-apart = 大きな隔たり
estimate-some-way-apart = やや隔たり
estimate-close = 接近
estimate-likely-sign = 署名しそう
estimate-no-answer = 回答なし：交渉はあなたの手番で終わります
