"""A delegation from outside: python agent.py ws://HOST:PORT/ws TOKEN (see docs/agent-protocol.md).
It concedes with time from its best terms down to what breaking off is worth, and accepts the
other side's standing offer once the treaty it makes is worth that much."""
import asyncio, json, sys
import websockets

PASS = {"Turn": {"turn": {}, "text": "We have nothing to add today."}}

def decide(me, state):  # me: our Settings; state: the talks as our side sees them now
    arts, prof = me["view"]["public"]["articles"], me["profile"]
    pts = {i["id"]: i["values"] for i in prof["issues"]}  # our points, per article, per option
    allowed = {x["id"]: [o["id"] for k, o in enumerate(x["options"]) if not state["forbidden"][a] >> k & 1]
               for a, x in enumerate(arts)}  # options our instructions do not forbid outright
    def utility(terms):  # of a treaty; an article left open counts at its worst option for us
        total = sum(pts[i][terms[i]] if i in terms else min(pts[i].values()) for i in pts)
        return (total - prof["min_total"]) / max(1, prof["max_total"] - prof["min_total"])
    def terms(options):  # the engine's option index per article (255: none) -> ids
        return {x["id"]: x["options"][o]["id"] for x, o in zip(arts, options) if o != 255}
    done, total = state["turn_progress"]
    target = 1 - (1 - state["reservation"]) * min(1, done / max(1, total - 1))
    agreed = terms([s["Agreed"] if isinstance(s, dict) else 255 for s in state["statuses"]])
    offer = terms(state["proposals"][1 if me["side"] == "Japan" else 0]["terms"]["option"])
    if offer and all(o in allowed[i] for i, o in offer.items()) and utility({**agreed, **offer}) >= target:
        return {"Accept": {"text": "These terms are acceptable to my government."}}
    sessions = me["view"]["public"]["sessions"]
    tabled = sessions[state["session"]]["tabled"] if state["session"] < len(sessions) else 0
    bid = {x["id"]: max(allowed[x["id"]], key=pts[x["id"]].get) for a, x in enumerate(arts)
           if tabled >> a & 1 and x["id"] not in agreed and allowed[x["id"]]}
    while True:  # concede a step at a time, the cheapest first, while the treaty is worth the target
        steps = [(pts[i][bid[i]] - pts[i][o], i, o) for i in bid for o in allowed[i]
                 if pts[i][o] < pts[i][bid[i]] and utility({**agreed, **bid, i: o}) >= target]
        if not steps:
            return {"Offer": {"bid": bid, "text": "We propose these terms."}} if bid else PASS
        _, i, o = min(steps)
        bid[i] = o

async def play(url, token):
    async with websockets.connect(url, max_size=2**24) as ws:  # Settings is ~85 KB
        await ws.send(json.dumps({"Connect": {"token": token}}))
        me = move = None
        async for frame in ws:
            message = json.loads(frame)
            kind, body = (message, None) if isinstance(message, str) else next(iter(message.items()))
            if kind == "Settings":
                me = body
            elif kind == "YourTurn":
                move = decide(me, body["state"])
                await ws.send(json.dumps(move))
            elif kind == "Error":  # our move was refused: say why, then pass instead (once)
                print("refused:", body["kind"], body["message"], file=sys.stderr)
                if move not in (None, PASS):
                    move = PASS
                    await ws.send(json.dumps(PASS))
            elif kind == "Finished":
                print(f"{me['side']}: {body['outcome']}; utility {body['utility']:.3f}")
                return body

if __name__ == "__main__":
    asyncio.run(play(sys.argv[1], sys.argv[2]))
