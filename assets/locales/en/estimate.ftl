# The likely-answer panel's short words: how the counterpart would take each article, and
# the meter for the whole draft.

estimate-insists = he insists
estimate-may-give = he may give
estimate-would-accept = he would accept
estimate-far-apart = far apart
estimate-some-way-apart = some way apart
estimate-close = close
estimate-likely-sign = he would likely sign
estimate-no-answer = no answer: the talks end with your turn
