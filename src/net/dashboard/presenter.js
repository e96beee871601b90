// The presenter view of one table, for the projector: its session, whose turn, what is agreed
// and what is still open, and (where the server gives the public record) the last moves with
// their reasons. The table comes from GET /api/class; the open articles and the moves from
// GET /api/tables/{id} when the server has that route.
"use strict";

(() => {
  const { el, setText, clear, duration, sideName, delegate, versus1905, verdict, utility, t, clock } = Teacher;

  const POLL_MS = 2000;
  const $ = (id) => document.getElementById(id);
  const match = window.location.pathname.match(/\/teacher\/table\/([^/]+)\/?$/);
  const tableId = match ? decodeURIComponent(match[1]) : "";
  let detailAvailable = true; // until the server says it has no /api/tables/{id}
  let lastUpdate = null;
  let failures = 0;
  let agreedKey = "";
  let openKey = "";
  let movesKey = "";

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

  function showError(message) {
    setText($("error"), message);
    $("error").hidden = !message;
  }

  async function fetchDetail() {
    if (!detailAvailable) return null;
    try {
      return await Teacher.getJson("/api/tables/" + encodeURIComponent(tableId) + "?lang=" + encodeURIComponent(Teacher.lang), 5000);
    } catch (error) {
      // 404 or 405 while the table is on the class list: this server has no such route.
      if (error.status === 404 || error.status === 405) {
        detailAvailable = false;
        return null;
      }
      throw error;
    }
  }

  async function poll() {
    try {
      const data = await Teacher.getJson("/api/class?lang=" + encodeURIComponent(Teacher.lang), 5000);
      const table = (data.tables || []).find((t) => String(t.id) === tableId);
      if (!table) {
        setConnection("live", t("dashboard-live"), " " + t("dashboard-updated", { time: clock(new Date()) }));
        showError(t("dashboard-presenter-no-table", { table: tableId }));
        window.setTimeout(poll, POLL_MS * 2);
        return;
      }
      const detail = await fetchDetail();
      failures = 0;
      lastUpdate = new Date();
      setConnection("live", t("dashboard-live"), " " + t("dashboard-updated", { time: clock(lastUpdate) }));
      showError("");
      render(table, data, detail);
      window.setTimeout(poll, POLL_MS);
    } catch (error) {
      if (error.status === 401) {
        setConnection("refused", t("dashboard-refused"));
        showError(error.message);
        return;
      }
      failures += 1;
      const since = lastUpdate ? " " + t("dashboard-presenter-shown-as-at", { time: clock(lastUpdate) }) : "";
      setConnection("reconnecting", t("dashboard-reconnecting"), since);
      if (failures >= 3) showError(error.message);
      window.setTimeout(poll, Math.min(8000, POLL_MS * 2 ** Math.min(failures, 2)));
    }
  }

  // The scenarios' titles in the page's language (the class gives them in the server's).
  let scenarios = [];
  async function loadScenarios() {
    try {
      scenarios = await Teacher.getJson("/api/scenarios?lang=" + encodeURIComponent(Teacher.lang));
    } catch (_) {
      scenarios = [];
    }
  }

  function scenarioTitle(table) {
    const s = Array.isArray(scenarios) ? scenarios.find((c) => c.id === table.scenario) : null;
    return (s && s.title) || table.scenario_title || table.scenario;
  }

  function render(table, data, detail) {
    const finished = table.status === "finished";
    setText($("table-name"), table.name);
    document.title = table.name + " — Portsmouth 1905";
    setText($("scenario"), t("dashboard-meta", { scenario: scenarioTitle(table), seed: table.seed }));
    $("join").hidden = table.status !== "waiting";
    setText($("code"), table.code);
    setText($("session"), t("dashboard-session-of", { session: table.session, sessions: table.sessions }));

    let turn = "";
    let late = false;
    if (finished) {
      turn = t("dashboard-talks-over");
    } else if (table.status === "waiting") {
      turn = t("dashboard-presenter-waiting");
    } else if (table.to_move) {
      turn = t("dashboard-presenter-to-move", { side: sideName(table.to_move), delegate: delegate(table.to_move), time: duration(table.waiting_secs) });
      const limit = typeof table.turn_limit === "number" ? table.turn_limit : data.turn_seconds;
      late = typeof table.overdue === "boolean" ? table.overdue : !!limit && table.waiting_secs > limit;
      if (data.paused) turn += " " + t("dashboard-paused-mark");
    }
    setText($("turn"), turn);
    $("turn").classList.toggle("late", late);

    $("result").hidden = !finished;
    if (finished) renderResult(table);

    const agreed = Array.isArray(table.agreed) ? table.agreed : [];
    setText($("agreed-heading"), t("dashboard-presenter-agreed-of", { agreed: agreed.length, count: table.articles }));
    $("none-agreed").hidden = agreed.length > 0;
    const newAgreedKey = JSON.stringify(agreed);
    if (newAgreedKey !== agreedKey) {
      agreedKey = newAgreedKey;
      clear($("agreed"));
      for (const a of agreed) $("agreed").appendChild(el("li", {}, el("strong", { text: a.title }), " — " + a.label));
    }

    const openCount = Math.max(0, (table.articles || 0) - agreed.length);
    const open = detail && Array.isArray(detail.open) ? detail.open : null;
    setText($("open-heading"), finished ? t("dashboard-presenter-left-open", { count: openCount }) : t("dashboard-presenter-open-count", { count: openCount }));
    const newOpenKey = JSON.stringify([open, openCount]);
    if (newOpenKey !== openKey) {
      openKey = newOpenKey;
      clear($("open"));
      if (open) for (const a of open) $("open").appendChild(el("li", { text: a.title }));
    }

    const moves = detail && Array.isArray(detail.moves) ? detail.moves : null;
    $("moves-section").hidden = !moves || moves.length === 0;
    const newMovesKey = JSON.stringify(moves);
    if (moves && newMovesKey !== movesKey) {
      movesKey = newMovesKey;
      clear($("moves"));
      // The newest move first: the one the class is talking about.
      for (const m of moves.slice(-6).reverse()) {
        const head = m.date ? t("dashboard-presenter-move-dated", { session: m.session, date: m.date, side: sideName(m.by) })
          : t("dashboard-presenter-move", { session: m.session, side: sideName(m.by) });
        // `lines`: what the move did, a line per part, as the transcript tells it.
        const lines = Array.isArray(m.lines) ? m.lines : [];
        $("moves").appendChild(el("li", {},
          el("strong", { text: head }),
          ...lines.map((line) => el("p", { class: "move-line", text: line })),
          m.text ? el("p", { class: "reason", text: t("dashboard-presenter-quoted", { text: m.text }) }) : null));
      }
    }
  }

  function renderResult(table) {
    setText($("outcome"), t("dashboard-outcome", { outcome: table.outcome || t("dashboard-presenter-over") }));
    const r = table.result || {};
    const list = $("result-sides");
    clear(list);
    for (const side of ["Japan", "Russia"]) {
      const key = side.toLowerCase();
      const versus = versus1905(r[key + "_utility"], r[key + "_1905"]);
      list.appendChild(el("li", { class: "wall-side " + (versus || "") },
        el("strong", { text: sideName(side) + ": " }), utility(r[key + "_utility"]) + " — ",
        el("span", { class: "verdict", text: verdict(versus) }),
        typeof r[key + "_1905"] === "number" ? " " + t("dashboard-in-1905", { utility: utility(r[key + "_1905"]) }) : ""));
    }
  }

  $("back").href = "/teacher?key=" + encodeURIComponent(Teacher.key) + "&lang=" + encodeURIComponent(Teacher.lang);
  if (!Teacher.key) {
    setConnection("refused", t("dashboard-no-key"));
    showError(t("dashboard-presenter-needs-key"));
    return;
  }
  if (!tableId) {
    showError(t("dashboard-presenter-no-id"));
    return;
  }
  loadScenarios();
  poll();
})();
