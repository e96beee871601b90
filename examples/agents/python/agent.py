"""A delegation from outside in about 40 lines: python agent.py ws://127.0.0.1:7905/ws TOKEN

Concedes with time from its best terms down to what breaking off is worth; accepts the other
side's standing offer once the treaty it makes is worth that much. See docs/agent-protocol.md."""
import asyncio, json, sys
import websockets

PASS = {"Turn": {"turn": {}, "text": "We have nothing to add today."}}

def decide(s, state):  # s: what Settings told us; state: the talks as our side sees them
    arts, vals, prof = s["view"]["public"]["articles"], s["vals"], s["profile"]
    def utility(terms):  # an article left open counts at its worst option for us
        total = sum(vals[i][terms[i]] if i in terms else min(vals[i].values()) for i in vals)
        return (total - prof["min_total"]) / max(1, prof["max_total"] - prof["min_total"])
    def allowed(a):  # options our instructions do not forbid outright (bit k of forbidden[a])
        return [o["id"] for k, o in enumerate(arts[a]["options"]) if not state["forbidden"][a] >> k & 1]
    done, total = state["turn_progress"]
    target = 1 - (1 - state["reservation"]) * min(1, done / max(1, total - 1))
    agreed = {arts[a]["id"]: arts[a]["options"][st["Agreed"]]["id"]
              for a, st in enumerate(state["statuses"]) if isinstance(st, dict)}
    theirs = state["proposals"][1 - ["Japan", "Russia"].index(s["side"])]["terms"]["option"]
    offer = {arts[a]["id"]: arts[a]["options"][o]["id"] for a, o in enumerate(theirs[:len(arts)]) if o != 255}
    if offer and all(o in allowed(a) for a, o in enumerate(theirs[:len(arts)]) if o != 255) \
            and utility({**agreed, **offer}) >= target:
        return {"Accept": {"text": "These terms are acceptable to my government."}}
    sessions = s["view"]["public"]["sessions"]
    tabled = sessions[state["session"]]["tabled"] if state["session"] < len(sessions) else 0
    bid = {arts[a]["id"]: max(allowed(a), key=vals[arts[a]["id"]].get)
           for a in range(len(arts)) if tabled >> a & 1 and arts[a]["id"] not in agreed and allowed(a)}
    while True:  # concede one step at a time, the cheapest first, while the treaty is worth the target
        steps = [(vals[i][bid[i]] - vals[i][o], i, o) for a in range(len(arts)) for i in [arts[a]["id"]]
                 if i in bid for o in allowed(a) if vals[i][o] < vals[i][bid[i]]
                 and utility({**agreed, **bid, i: o}) >= target]
        if not steps:
            break
        _, i, o = min(steps)
        bid[i] = o
    return {"Offer": {"bid": bid, "text": "We propose these terms."}} if bid else PASS

async def play(url, token):
    async with websockets.connect(url, max_size=2**24) as ws:
        await ws.send(json.dumps({"Connect": {"token": token}}))
        settings, last = None, None
        async for frame in ws:
            message = json.loads(frame)
            kind, body = (message, None) if isinstance(message, str) else next(iter(message.items()))
            if kind == "Settings":
                settings = dict(body, vals={i["id"]: i["values"] for i in body["profile"]["issues"]})
            elif kind == "YourTurn":
                last = decide(settings, body["state"])
                await ws.send(json.dumps(last))
            elif kind == "Error":  # our move was refused: say why, then pass (once)
                print("refused:", body["kind"], body["message"], file=sys.stderr)
                if last is not None and last is not PASS:
                    last = PASS
                    await ws.send(json.dumps(PASS))
            elif kind == "Finished":
                print(f"{settings['side']}: {body['outcome']}; utility {body['utility']:.3f}")
                return body

if __name__ == "__main__":
    asyncio.run(play(sys.argv[1], sys.argv[2]))
