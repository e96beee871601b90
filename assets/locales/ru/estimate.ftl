# The likely-answer panel's short words: how the counterpart would take each article, and
# the meter for the whole draft.

estimate-insists = он настаивает
estimate-may-give = он может уступить
estimate-would-accept = он бы принял
estimate-far-apart = позиции далеки
estimate-some-way-apart = есть расхождения
estimate-close = позиции близки
estimate-likely-sign = он, вероятно, подпишет
estimate-no-answer = ответа не будет: переговоры заканчиваются вашим ходом
