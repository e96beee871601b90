"""A delegation from outside: python agent.py ws://HOST:PORT/ws TOKEN (see docs/agent-protocol.md).
It concedes with time from its best terms down to what breaking off is worth, and accepts the
other side's standing offer once the treaty it makes is worth that much."""
import asyncio, json, sys
import websockets

PASS = {"Turn": {"turn": {}, "text": "We have nothing to add today."}}

def decide(profile, table):  # table: YourTurn's "standing", the talks in ids
    points = {i["id"]: i["values"] for i in profile["issues"]}
    def utility(terms):  # an article left open counts at its worst option for us
        total = sum(v[terms[i]] if i in terms else min(v.values()) for i, v in points.items())
        return (total - profile["min_total"]) / max(1, profile["max_total"] - profile["min_total"])
    if table.get("last_look"):  # the treaty is complete: take the mediator's amendment if it costs us nothing
        amendment = {i: o for package in table["mediator_offer"] for i, o in package.items()}
        if utility({**table["agreed"], **amendment}) >= utility(table["agreed"]):
            return {"Accept": {"text": "The amendment costs my government nothing."}}
        return {"Turn": {"turn": {}, "text": "We keep the treaty as agreed."}}
    done = 1 - (table["turns_left"] - 1) / max(1, profile["turns"] - 1)  # 0 at our first turn, 1 at our last
    target = 1 - (1 - table["reservation"]) * done
    offer = {i: o for package in table["their_offer"] for i, o in package.items()}
    allowed = table["allowed"]
    if offer and all(o in allowed.get(i, []) for i, o in offer.items()) \
            and utility({**table["agreed"], **offer}) >= target:
        return {"Accept": {"text": "These terms are acceptable to my government."}}
    bid = {i: max(options, key=points[i].get) for i, options in allowed.items() if options}
    while True:  # give ground one step at a time, the cheapest first, while the treaty reaches the target
        steps = [(points[i][bid[i]] - points[i][o], i, o) for i in bid for o in allowed[i]
                 if points[i][o] < points[i][bid[i]] and utility({**table["agreed"], **bid, i: o}) >= target]
        if not steps:
            return {"Offer": {"bid": bid, "text": "We propose these terms."}} if bid else PASS
        _, i, o = min(steps)
        bid[i] = o

async def play(url, token):
    async with websockets.connect(url, max_size=2**24) as ws:  # Settings carries the whole public scenario
        await ws.send(json.dumps({"Connect": {"token": token}}))
        async for frame in ws:
            message = json.loads(frame)
            kind, body = (message, None) if isinstance(message, str) else next(iter(message.items()))
            if kind == "Settings":
                me = body
            elif kind == "YourTurn":
                await ws.send(json.dumps(decide(me["profile"], body["standing"])))
            elif kind == "Error":  # our move was refused: say why, and pass instead
                print("refused:", body["kind"], body["message"], file=sys.stderr)
                if body["kind"] == "refused":
                    await ws.send(json.dumps(PASS))
            elif kind == "Finished":
                print(f"{me['side']}: {body['outcome']}; utility {body['utility']:.3f}")
                return body

if __name__ == "__main__":
    asyncio.run(play(sys.argv[1], sys.argv[2]))
