# The likely-answer panel's short words: how the counterpart would take each article, and
# the meter for the whole draft.

estimate-insists = han holder fast
estimate-may-give = han giver måske efter
estimate-would-accept = han ville acceptere
estimate-far-apart = langt fra hinanden
estimate-some-way-apart = et stykke fra hinanden
estimate-close = tæt på
estimate-likely-sign = han ville sandsynligvis underskrive
estimate-no-answer = intet svar: forhandlingerne slutter med dit træk
