// The teacher's dashboard: polls GET /api/class and keeps one card per table up to date in
// place (so focus, open tokens and half-typed forms survive each poll), with the class's
// controls, the form for new tables and the results wall of finished tables.
"use strict";

(() => {
  const { el, setText, clear, duration, sideName, delegate, versus1905, verdict, utility, slug, t, clock } = Teacher;

  const POLL_MS = 1500;
  const RETRY_MAX_MS = 8000;
  const MORE_TIME_SECS = 120;

  const $ = (id) => document.getElementById(id);
  const cards = new Map(); // table id → card
  const wallItems = new Map(); // table id → results wall entry
  const shownTokens = new Set(); // "id:side" whose agent token the teacher chose to show
  let snapshot = null;
  let lastUpdate = null;
  let pollTimer = null;
  let polling = false;
  let failures = 0;
  let keyRefused = false;
  let timeFormTouched = false;
  let scenarios = [];

  // ---------------------------------------------------------------------------------------
  // Messages and the connection

  function showError(message) {
    const box = $("error");
    setText(box, message);
    box.hidden = !message;
  }

  function notify(message) {
    setText($("notice"), message);
  }

  // The state is a live region, announced when it changes; the time of the last update,
  // which changes with every poll, is not.
  function setConnection(state, text, detail) {
    const box = $("connection");
    box.classList.remove("live", "reconnecting", "refused", "connecting");
    box.classList.add(state);
    setText($("connection-state"), text);
    setText($("connection-detail"), detail || "");
    document.body.classList.toggle("stale", state !== "live");
  }

  // Runs a teacher's action: errors shown in words, the class fetched again at once after.
  async function act(button, action, done) {
    if (button) button.disabled = true;
    try {
      const answer = await action();
      showError("");
      if (done) notify(typeof done === "function" ? done(answer) : done);
    } catch (error) {
      showError(error.message);
    } finally {
      if (button) button.disabled = false;
      pollSoon(0);
    }
  }

  // ---------------------------------------------------------------------------------------
  // Polling

  function pollSoon(delay) {
    if (keyRefused) return;
    window.clearTimeout(pollTimer);
    pollTimer = window.setTimeout(poll, delay);
  }

  async function poll() {
    if (polling) return pollSoon(200);
    polling = true;
    try {
      const data = await Teacher.getJson("/api/class?lang=" + encodeURIComponent(Teacher.lang), 5000);
      failures = 0;
      lastUpdate = new Date();
      setConnection("live", t("dashboard-live"), " " + t("dashboard-updated", { time: clock(lastUpdate) }));
      render(data);
      pollSoon(POLL_MS);
    } catch (error) {
      if (error.status === 401) {
        keyRefused = true;
        setConnection("refused", t("dashboard-refused"));
        showError(error.message);
        return;
      }
      failures += 1;
      const since = lastUpdate ? " " + t("dashboard-figures-from", { time: clock(lastUpdate) }) : "";
      setConnection("reconnecting", t("dashboard-reconnecting"), since);
      if (failures === 3) showError(error.message);
      pollSoon(Math.min(RETRY_MAX_MS, POLL_MS * 2 ** Math.min(failures, 3)));
    } finally {
      polling = false;
    }
  }

  // ---------------------------------------------------------------------------------------
  // The whole class

  function render(data) {
    const first = snapshot === null;
    snapshot = data;
    const tables = Array.isArray(data.tables) ? data.tables : [];
    if (!first && failures === 0 && $("error").textContent === t("dashboard-no-answer")) {
      showError("");
    }
    // With no tables yet, the form for new ones is the first thing a teacher needs.
    if (first && tables.length === 0) $("create-details").open = true;
    renderClass(data, tables);
    renderTables(data, tables);
    renderWall(tables);
  }

  function renderClass(data, tables) {
    const pause = $("pause");
    pause.disabled = false;
    setText(pause, data.paused ? t("dashboard-resume") : t("dashboard-pause"));
    pause.classList.toggle("resume", !!data.paused);

    const counts = { waiting: 0, playing: 0, finished: 0 };
    for (const t of tables) counts[t.status] = (counts[t.status] || 0) + 1;
    const parts = [];
    if (counts.waiting) parts.push(t("dashboard-count-waiting", { count: counts.waiting }));
    if (counts.playing) parts.push(t("dashboard-count-playing", { count: counts.playing }));
    if (counts.finished) parts.push(t("dashboard-count-finished", { count: counts.finished }));
    const tablesText = t("dashboard-tables-count", { count: tables.length });
    let summary = (parts.length ? t("dashboard-summary-parts", { tables: tablesText, parts: parts.join(t("dashboard-list-separator")) })
      : t("dashboard-summary", { tables: tablesText })) + " ";
    summary += data.turn_seconds ? t("dashboard-time-per-turn-is", { time: duration(data.turn_seconds) }) : t("dashboard-no-time-limit");
    if (data.paused) summary += " " + t("dashboard-paused-summary");
    setText($("summary"), summary);
    document.body.classList.toggle("paused", !!data.paused);

    if (!timeFormTouched && document.activeElement !== $("turn-minutes")) {
      $("turn-minutes").value = data.turn_seconds ? String(Math.round(data.turn_seconds / 60)) : "";
      $("no-limit").checked = !data.turn_seconds;
      $("turn-minutes").disabled = !data.turn_seconds;
    }
  }

  // ---------------------------------------------------------------------------------------
  // One card per table

  function renderTables(data, tables) {
    const container = $("tables");
    const seen = new Set();
    // Tables still talking first, in the server's order; finished ones after them (their
    // results are on the wall).
    const ordered = tables.filter((t) => t.status !== "finished").concat(tables.filter((t) => t.status === "finished"));
    ordered.forEach((table, index) => {
      seen.add(table.id);
      let card = cards.get(table.id);
      if (!card) {
        card = makeCard(table);
        cards.set(table.id, card);
      }
      // Keeps the server's order without moving cards that are already in place.
      if (container.children[index] !== card.root) container.insertBefore(card.root, container.children[index] || null);
      updateCard(card, table, data);
    });
    for (const [id, card] of cards) {
      if (!seen.has(id)) {
        card.root.remove();
        cards.delete(id);
      }
    }
    $("no-tables").hidden = tables.length > 0;
  }

  function makeCard(table) {
    const id = table.id;
    const headingId = "table-" + id + "-name";
    const card = {};
    card.name = el("h3", { attrs: { id: headingId } });
    card.status = el("span", { class: "status" });
    card.code = el("span", { class: "code" });
    card.meta = el("p", { class: "meta" });
    card.session = el("p", { class: "session" });
    card.turn = el("p", { class: "turn" });
    card.agreedLine = el("p", { class: "agreed-line" });
    card.chips = el("ul", { class: "chips" });
    card.outcome = el("p", { class: "outcome" });
    card.seats = el("ul", { class: "seats" });
    card.seatsKey = "";
    card.chipsKey = "";

    card.moreTime = el("button", {
      text: t("dashboard-more-time", { count: MORE_TIME_SECS / 60 }),
      attrs: { type: "button" },
      on: {
        click: () =>
          act(card.moreTime, () => Teacher.postJson("/api/tables/" + id + "/more-time", { seconds: MORE_TIME_SECS }),
            () => t("dashboard-more-time-done", { table: card.current.name, count: MORE_TIME_SECS / 60 })),
      },
    });
    card.presenter = el("a", {
      class: "button",
      text: t("dashboard-show-presenter"),
      attrs: { href: presenterLink(id), target: "_blank", rel: "noopener" },
    });
    const fileButton = (label, path, suffix) =>
      el("button", {
        text: label,
        attrs: { type: "button" },
        on: {
          click: (event) =>
            act(event.currentTarget, () => Teacher.download(path, slug(card.current.name) + suffix),
              t("dashboard-downloaded", { file: label, table: card.current.name })),
        },
      });
    card.saveButton = fileButton(t("dashboard-file-save"), "/api/tables/" + id + "/save", "-save.ron");
    card.minutesButton = fileButton(t("dashboard-file-minutes"), "/api/tables/" + id + "/minutes", "-minutes.md");
    card.resultButton = fileButton(t("dashboard-file-result"), "/api/tables/" + id + "/result", "-result.ron");

    card.root = el(
      "article",
      { class: "table-card", attrs: { "aria-labelledby": headingId } },
      el("header", { class: "card-head" }, card.name, card.status),
      el("p", { class: "code-box" }, el("span", { class: "code-label", text: t("dashboard-code") + " " }), card.code),
      card.meta,
      card.session,
      card.turn,
      el("div", { class: "agreed" }, card.agreedLine, card.chips),
      card.outcome,
      el("h4", { class: "visually-hidden", text: t("dashboard-seats") }),
      card.seats,
      el("div", { class: "actions" }, card.moreTime, card.presenter),
      el("div", { class: "actions downloads" },
        el("span", { class: "downloads-label", text: t("dashboard-download") }),
        card.saveButton, card.minutesButton, card.resultButton),
    );
    return card;
  }

  // The scenario's title and a level's name in the page's language, from the scenarios
  // list the server translated; the class's own words otherwise.
  function scenarioTitle(table) {
    const s = scenarios.find((c) => c.id === table.scenario);
    return (s && s.title) || table.scenario_title || table.scenario;
  }

  function levelName(level) {
    for (const s of scenarios) {
      const names = Array.isArray(s.level_names) ? s.level_names : [];
      const i = (s.levels || []).indexOf(level);
      if (i >= 0 && names[i]) return names[i];
    }
    return level;
  }

  function presenterLink(id) {
    return "/teacher/table/" + encodeURIComponent(id) + "?key=" + encodeURIComponent(Teacher.key) + "&lang=" + encodeURIComponent(Teacher.lang);
  }

  const STATUS_KEYS = { waiting: "dashboard-status-waiting", playing: "dashboard-status-playing", finished: "dashboard-status-finished" };

  function updateCard(card, table, data) {
    card.current = table;
    const finished = table.status === "finished";
    card.root.dataset.status = table.status;
    setText(card.name, table.name);
    setText(card.status, (STATUS_KEYS[table.status] && t(STATUS_KEYS[table.status])) || table.status);
    setText(card.code, table.code);
    setText(card.meta, t("dashboard-meta", { scenario: scenarioTitle(table), seed: table.seed }));
    setText(card.session, t("dashboard-session-of", { session: table.session, sessions: table.sessions }));

    // Whose turn, and for how long: past the time per turn the line stands out.
    let turn = "";
    let late = false;
    if (finished) {
      turn = t("dashboard-talks-over");
    } else if (table.status === "waiting") {
      const free = (table.seats || []).filter((s) => s.kind !== "computer" && !s.name && !s.connected);
      const pieces = [];
      if (free.length === 2) pieces.push(t("dashboard-not-taken-both", { first: sideName(free[0].side), second: sideName(free[1].side) }));
      else if (free.length === 1) pieces.push(t("dashboard-not-taken", { side: sideName(free[0].side) }));
      else pieces.push(t("dashboard-waiting-for-seat"));
      if (table.to_move && table.session > 1) {
        pieces.push(t("dashboard-to-move-for", { side: sideName(table.to_move), time: duration(table.waiting_secs) }));
      }
      if (typeof table.empty_seat_in === "number") {
        pieces.push(t("dashboard-to-computer-in", { time: duration(table.empty_seat_in) }));
      } else if (table.empty_seat_secs && (table.seats || []).every((s) => s.kind !== "computer")) {
        pieces.push(t("dashboard-empty-seat-rule", { time: duration(table.empty_seat_secs) }));
      }
      turn = t("dashboard-waiting-line", { line: pieces.join(" — ") });
    } else if (table.to_move) {
      const seat = (table.seats || []).find((s) => s.side === table.to_move);
      const limit = turnLimit(table, data);
      const vars = { name: seat && seat.name ? seat.name : "", side: sideName(table.to_move), delegate: delegate(table.to_move),
        time: duration(table.waiting_secs), limit: limit ? duration(limit) : "" };
      const key = (seat && seat.name ? "dashboard-named-" : "dashboard-") + (limit ? "to-move-waiting-of" : "to-move-waiting");
      turn = t(key, vars);
      late = overdue(table, limit);
      if (late) turn += " — " + t("dashboard-over-time");
      if (data.paused) turn += " " + t("dashboard-paused-mark");
    }
    setText(card.turn, turn);
    card.turn.classList.toggle("late", late);
    card.root.classList.toggle("late", late);

    const agreed = Array.isArray(table.agreed) ? table.agreed : [];
    setText(card.agreedLine, t("dashboard-agreed-of", { agreed: agreed.length, count: table.articles }));
    const chipsKey = JSON.stringify(agreed);
    if (chipsKey !== card.chipsKey) {
      card.chipsKey = chipsKey;
      clear(card.chips);
      for (const a of agreed) {
        // The article's title on the chip, the option agreed on hovering (and for screen
        // readers): a dozen full labels would make the card too tall to see the class at once.
        card.chips.appendChild(el("li", { class: "chip", attrs: { title: a.label } },
          a.title, el("span", { class: "visually-hidden", text: ": " + a.label })));
      }
    }

    setText(card.outcome, finished && table.outcome ? t("dashboard-outcome", { outcome: table.outcome }) : "");
    card.outcome.hidden = !(finished && table.outcome);

    // A seat the class's clock has just handed to the computer is announced once (not on
    // the first look at a table, which shows it in the seat's line anyway).
    for (const seat of table.seats || []) {
      const handed = !!seat.nobody_came;
      const key = String(seat.side);
      if (handed && card.nobodyCame && card.nobodyCame[key] === false) {
        notify(t("dashboard-nobody-came", { table: table.name, side: sideName(seat.side) }));
      }
      card.nobodyCame = card.nobodyCame || {};
      card.nobodyCame[key] = handed;
    }

    const seatsKey = JSON.stringify([table.seats, finished]);
    if (seatsKey !== card.seatsKey) {
      card.seatsKey = seatsKey;
      clear(card.seats);
      for (const seat of table.seats || []) card.seats.appendChild(makeSeat(table, seat, finished));
    }

    // More time means nothing while turns have no limit.
    card.moreTime.hidden = finished || table.status === "waiting" || !table.to_move
      || typeof turnLimit(table, data) !== "number";
    card.resultButton.hidden = !finished;
  }

  // The server says how long this turn may take (the class's time plus any the teacher
  // added) and whether it has run over; the contract's bare time per turn otherwise.
  function turnLimit(table, data) {
    return typeof table.turn_limit === "number" ? table.turn_limit : data.turn_seconds;
  }

  function overdue(table, limit) {
    if (typeof table.overdue === "boolean") return table.overdue;
    return !!limit && table.waiting_secs > limit;
  }

  function seatWho(seat) {
    if (seat.kind === "computer") {
      const who = seat.level ? t("dashboard-computer-level", { level: levelName(seat.level) }) : t("dashboard-computer");
      return who + (seat.nobody_came ? " — " + t("dashboard-nobody-took") : "");
    }
    if (seat.kind === "agent") return seat.name ? t("dashboard-agent-named", { name: seat.name }) : t("dashboard-agent");
    return seat.name ? t("dashboard-student-named", { name: seat.name }) : t("dashboard-student-free");
  }

  function makeSeat(table, seat, finished) {
    const connected = seat.kind === "computer" || !!seat.connected;
    const item = el(
      "li",
      { class: "seat " + (connected ? "online" : "offline") },
      el("span", { class: "dot", attrs: { "aria-hidden": "true" } }),
      el("span", { class: "side", text: sideName(seat.side) + " " }),
      el("span", { class: "who", text: seatWho(seat) }),
      seat.kind === "computer" ? null : el("span", { class: "link-state", text: " — " + (seat.connected ? t("dashboard-connected") : t("dashboard-not-connected")) }),
    );
    if (seat.kind === "agent" && seat.token) {
      const tokenId = table.id + ":" + seat.side;
      const token = el("code", { class: "token", text: seat.token });
      token.hidden = !shownTokens.has(tokenId);
      const toggle = el("button", {
        class: "small",
        text: token.hidden ? t("dashboard-show-token") : t("dashboard-hide-token"),
        attrs: { type: "button", "aria-expanded": String(!token.hidden) },
        on: {
          click: () => {
            token.hidden = !token.hidden;
            if (token.hidden) shownTokens.delete(tokenId);
            else shownTokens.add(tokenId);
            setText(toggle, token.hidden ? t("dashboard-show-token") : t("dashboard-hide-token"));
            toggle.setAttribute("aria-expanded", String(!token.hidden));
          },
        },
      });
      item.append(" ", toggle, " ", token);
    }
    if (seat.kind !== "computer" && !finished) {
      const hand = el("button", {
        class: "small",
        text: t("dashboard-hand-to-computer"),
        attrs: { type: "button" },
        on: {
          click: () => {
            const vars = { side: sideName(seat.side), name: seat.name || "", table: table.name, code: table.code };
            const question = t(seat.name ? "dashboard-hand-question-named" : "dashboard-hand-question", vars);
            if (!window.confirm(question)) return;
            act(hand,
              () => Teacher.postJson("/api/tables/" + table.id + "/seats/" + encodeURIComponent(seat.side) + "/computer", { level: null }),
              t("dashboard-handed", vars));
          },
        },
      });
      item.append(" ", hand);
    }
    // A student who lost the seat's token (another machine) or came late to a seat the
    // computer took joins again by the table's code once the seat is opened.
    const taken = seat.kind === "computer" || !!seat.name;
    if (seat.kind !== "agent" && taken && !finished) {
      const reopen = el("button", {
        class: "small",
        text: t("dashboard-reopen"),
        attrs: { type: "button" },
        on: {
          click: () => {
            const vars = { side: sideName(seat.side), name: seat.name || "", table: table.name, code: table.code };
            const question = t(seat.name ? "dashboard-reopen-question-named" : "dashboard-reopen-question", vars);
            if (!window.confirm(question)) return;
            act(reopen,
              () => Teacher.postJson("/api/tables/" + table.id + "/seats/" + encodeURIComponent(seat.side) + "/reopen", {}),
              t("dashboard-reopened", vars));
          },
        },
      });
      item.append(" ", reopen);
    }
    return item;
  }

  // ---------------------------------------------------------------------------------------
  // The results wall: finished tables, each side's utility beside 1905

  function renderWall(tables) {
    const finished = tables.filter((t) => t.status === "finished");
    const list = $("wall");
    const seen = new Set();
    const better = { Japan: 0, Russia: 0 };
    for (const table of finished) {
      seen.add(table.id);
      const sides = wallSides(table);
      for (const s of sides) if (s.versus === "better") better[s.side] += 1;
      const key = JSON.stringify([table.name, table.outcome, table.result, table.seats]);
      let item = wallItems.get(table.id);
      if (item && item.dataset.key === key) continue;
      const fresh = makeWallItem(table, sides);
      fresh.dataset.key = key;
      if (item) item.replaceWith(fresh);
      else list.appendChild(fresh);
      wallItems.set(table.id, fresh);
    }
    for (const [id, item] of wallItems) {
      if (!seen.has(id)) {
        item.remove();
        wallItems.delete(id);
      }
    }
    if (finished.length === 0) {
      setText($("wall-summary"), t("dashboard-wall-none"));
    } else {
      setText($("wall-summary"), t("dashboard-wall-summary", { count: finished.length, japan: better.Japan, russia: better.Russia }));
    }
  }

  function wallSides(table) {
    const r = table.result || {};
    return ["Japan", "Russia"].map((side) => {
      const key = side.toLowerCase();
      const seat = (table.seats || []).find((s) => s.side === side);
      return {
        side,
        who: seat ? seatWho(seat) : "",
        utility: r[key + "_utility"],
        utility1905: r[key + "_1905"],
        versus: versus1905(r[key + "_utility"], r[key + "_1905"]),
      };
    });
  }

  function makeWallItem(table, sides) {
    const item = el("li", { class: "wall-item" },
      el("h3", { text: table.name }),
      el("p", { class: "wall-outcome", text: table.outcome || t("dashboard-status-finished") }));
    const list = el("ul", { class: "wall-sides" });
    for (const s of sides) {
      list.appendChild(el("li", { class: "wall-side " + (s.versus || "") },
        el("strong", { text: sideName(s.side) }),
        (s.who ? t("dashboard-list-separator") + s.who : "") + t("dashboard-label-colon") + utility(s.utility) + " — ",
        el("span", { class: "verdict", text: verdict(s.versus) }),
        typeof s.utility1905 === "number" ? " " + t("dashboard-in-1905", { utility: utility(s.utility1905) }) : ""));
    }
    item.appendChild(list);
    return item;
  }

  // ---------------------------------------------------------------------------------------
  // Controls

  function setupControls() {
    $("pause").addEventListener("click", (event) => {
      const paused = !(snapshot && snapshot.paused);
      act(event.currentTarget, () => Teacher.postJson("/api/pause", { paused }),
        paused ? t("dashboard-all-paused") : t("dashboard-all-resumed"));
    });

    const minutes = $("turn-minutes");
    const noLimit = $("no-limit");
    minutes.addEventListener("input", () => (timeFormTouched = true));
    noLimit.addEventListener("change", () => {
      timeFormTouched = true;
      minutes.disabled = noLimit.checked;
    });
    $("time-form").addEventListener("submit", (event) => {
      event.preventDefault();
      let turnSeconds = null;
      if (!noLimit.checked) {
        const m = Number(minutes.value);
        if (!Number.isInteger(m) || m < 1 || m > 120) {
          showError(t("dashboard-bad-minutes"));
          minutes.focus();
          return;
        }
        turnSeconds = m * 60;
      }
      act(event.submitter || null, () => Teacher.postJson("/api/time", { turn_seconds: turnSeconds }), () => {
        timeFormTouched = false;
        return turnSeconds ? t("dashboard-time-set", { count: turnSeconds / 60 }) : t("dashboard-no-time-limit");
      });
    });

    $("gradebook").addEventListener("click", (event) =>
      act(event.currentTarget, () => Teacher.download("/api/gradebook.csv", "gradebook.csv"), t("dashboard-gradebook-done")));

    $("scenario").addEventListener("change", fillSeatChoices);
    $("create-form").addEventListener("submit", createTables);
  }

  async function loadScenarios() {
    const select = $("scenario");
    try {
      scenarios = await Teacher.getJson("/api/scenarios?lang=" + encodeURIComponent(Teacher.lang));
    } catch (error) {
      clear(select);
      select.appendChild(el("option", { text: t("dashboard-scenarios-unavailable"), attrs: { value: "" } }));
      if (error.status !== 401) showError(t("dashboard-scenarios-failed", { reason: error.message }));
      return;
    }
    clear(select);
    for (const s of scenarios) select.appendChild(el("option", { text: s.title, attrs: { value: s.id } }));
    if (scenarios.length === 0) select.appendChild(el("option", { text: t("dashboard-no-scenarios"), attrs: { value: "" } }));
    fillSeatChoices();
  }

  function fillSeatChoices() {
    const scenario = scenarios.find((s) => s.id === $("scenario").value);
    const levels = scenario && Array.isArray(scenario.levels) ? scenario.levels : [];
    const names = scenario && Array.isArray(scenario.level_names) ? scenario.level_names : levels;
    for (const id of ["japan-seat", "russia-seat"]) {
      const select = $(id);
      const before = select.value;
      clear(select);
      select.appendChild(el("option", { text: t("dashboard-choice-student"), attrs: { value: "student" } }));
      levels.forEach((level, i) => {
        select.appendChild(el("option", { text: t("dashboard-choice-computer", { level: names[i] || level }), attrs: { value: "computer:" + level } }));
      });
      select.appendChild(el("option", { text: t("dashboard-choice-agent"), attrs: { value: "agent" } }));
      if ([...select.options].some((o) => o.value === before)) select.value = before;
    }
  }

  function seatChoice(value) {
    if (value.startsWith("computer:")) return { kind: "computer", level: value.slice("computer:".length) };
    return { kind: value === "agent" ? "agent" : "student" };
  }

  function createTables(event) {
    event.preventDefault();
    const scenario = $("scenario").value;
    if (!scenario) {
      showError(t("dashboard-choose-scenario"));
      return;
    }
    const count = Number($("count").value);
    if (!Number.isInteger(count) || count < 1 || count > 60) {
      showError(t("dashboard-bad-count"));
      $("count").focus();
      return;
    }
    const seedText = $("seed").value.trim();
    const seed = seedText === "" ? null : Number(seedText);
    if (seed !== null && (!Number.isSafeInteger(seed) || seed < 0)) {
      showError(t("dashboard-bad-seed", { max: Number.MAX_SAFE_INTEGER }));
      $("seed").focus();
      return;
    }
    const emptyText = $("empty-seat").value.trim();
    const emptyMinutes = emptyText === "" ? null : Number(emptyText);
    if (emptyMinutes !== null && (!Number.isInteger(emptyMinutes) || emptyMinutes < 1 || emptyMinutes > 120)) {
      showError(t("dashboard-bad-empty-seat"));
      $("empty-seat").focus();
      return;
    }
    const name = $("table-name").value.trim();
    const body = {
      scenario,
      seed,
      name: name === "" ? null : name,
      japan: seatChoice($("japan-seat").value),
      russia: seatChoice($("russia-seat").value),
      count,
      empty_seat_secs: emptyMinutes === null ? null : emptyMinutes * 60,
    };
    act(event.submitter || $("create"), () => Teacher.postJson("/api/tables", body), (answer) => {
      const made = answer && Array.isArray(answer.tables) ? answer.tables : [];
      const codes = made.map((t) => t.code).join(", ");
      return t("dashboard-created", { count: made.length, codes });
    });
  }

  // ---------------------------------------------------------------------------------------

  setupControls();
  if (!Teacher.key) {
    keyRefused = true;
    setConnection("refused", t("dashboard-no-key"));
    showError(t("dashboard-needs-key"));
    return;
  }
  loadScenarios();
  poll();
})();
