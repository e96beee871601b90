// Shared by the teacher's pages: the key, calls to the class server's JSON API, building
// elements, and the page's words in its language (strings.js, made by the server from its
// catalogue). Every string that comes from the server (names come from students) reaches the
// page as a text node or through textContent, never as HTML.
"use strict";

const Teacher = (() => {
  const STORE = "portsmouth-teacher-key";

  // The page's language, as the server chose it (the address's ?lang=, else the browser's).
  const lang = document.documentElement.lang || "en";
  const STRINGS = (window.PortsmouthStrings && window.PortsmouthStrings.strings) || {};
  let plurals;
  try {
    plurals = new Intl.PluralRules(lang);
  } catch (_) {
    plurals = new Intl.PluralRules("en");
  }

  /**
   * The message `key` in the page's language, its `{name}`s filled from `vars`; a message
   * counting something is chosen by `vars.count`. A message the strings lack reads empty,
   * never as its key.
   */
  function t(key, vars) {
    let text = STRINGS[key];
    if (text && typeof text === "object") {
      const form = plurals.select(Number(vars && vars.count));
      text = text[form] || text.other || text.many || text.one;
    }
    if (typeof text !== "string") return "";
    return text.replace(/\{([A-Za-z0-9_]+)\}/g, (whole, name) =>
      vars && vars[name] !== undefined && vars[name] !== null ? String(vars[name]) : whole);
  }

  /** A number the way the page's language writes it. */
  function number(value, digits) {
    try {
      return Number(value).toLocaleString(lang, { minimumFractionDigits: digits || 0, maximumFractionDigits: digits || 0 });
    } catch (_) {
      return Number(value).toFixed(digits || 0);
    }
  }

  /** A time of day the way the page's language writes it. */
  function clock(date) {
    try {
      return date.toLocaleTimeString(lang, { hour: "2-digit", minute: "2-digit", second: "2-digit" });
    } catch (_) {
      return date.toLocaleTimeString();
    }
  }

  /** An address on this server in the page's language (the language stays as pages change). */
  function withLang(path) {
    return path + (path.includes("?") ? "&" : "?") + "lang=" + encodeURIComponent(lang);
  }

  // The key comes in the address the server printed. It is kept for this tab and taken out
  // of the address bar, so that a page shown on the projector does not show it to the class.
  function readKey() {
    const url = new URL(window.location.href);
    const fromUrl = url.searchParams.get("key");
    if (fromUrl) {
      try {
        window.sessionStorage.setItem(STORE, fromUrl);
      } catch (_) {
        // Storage refused (private window): the key stays in the address instead.
        return fromUrl;
      }
      url.searchParams.delete("key");
      window.history.replaceState(null, "", url.pathname + url.search + url.hash);
      return fromUrl;
    }
    try {
      return window.sessionStorage.getItem(STORE) || "";
    } catch (_) {
      return "";
    }
  }

  const key = readKey();

  /** An error from the API, in words a teacher can act on. */
  class ApiError extends Error {
    constructor(message, status) {
      super(message);
      this.status = status;
    }
  }

  async function request(method, path, body, timeoutMs) {
    const controller = new AbortController();
    const timer = window.setTimeout(() => controller.abort(), timeoutMs || 8000);
    // The server writes its errors for people in the page's language.
    const headers = { Authorization: "Bearer " + key, "Accept-Language": lang };
    if (body !== undefined) headers["Content-Type"] = "application/json";
    let response;
    try {
      response = await fetch(path, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        cache: "no-store",
        signal: controller.signal,
      });
    } catch (_) {
      throw new ApiError(t("dashboard-no-answer"), 0);
    } finally {
      window.clearTimeout(timer);
    }
    if (!response.ok) {
      let message = "";
      try {
        const data = await response.json();
        if (data && typeof data.error === "string") message = data.error;
      } catch (_) {
        // Not JSON: fall back on the status below.
      }
      if (response.status === 401) {
        message = message ? t("dashboard-key-refused-because", { reason: message }) : t("dashboard-key-refused");
      }
      if (!message) message = t("dashboard-server-answered", { status: response.status + " " + response.statusText });
      throw new ApiError(message, response.status);
    }
    return response;
  }

  async function getJson(path, timeoutMs) {
    const response = await request("GET", path, undefined, timeoutMs);
    return response.json();
  }

  async function postJson(path, body) {
    const response = await request("POST", path, body);
    const text = await response.text();
    return text ? JSON.parse(text) : null;
  }

  /** Fetches a file with the key and hands it to the browser as a download. */
  async function download(path, filename) {
    const response = await request("GET", path, undefined, 30000);
    const blob = await response.blob();
    const link = document.createElement("a");
    link.href = URL.createObjectURL(blob);
    link.download = filename;
    document.body.appendChild(link);
    link.click();
    link.remove();
    window.setTimeout(() => URL.revokeObjectURL(link.href), 10000);
  }

  /**
   * Builds an element. `props`: `class`, `text` (set as textContent), `attrs` (attributes),
   * `on` (event listeners); children: nodes or strings (added as text nodes).
   */
  function el(tag, props, ...children) {
    const node = document.createElement(tag);
    const p = props || {};
    if (p.class) node.className = p.class;
    if (p.text !== undefined && p.text !== null) node.textContent = String(p.text);
    for (const [name, value] of Object.entries(p.attrs || {})) {
      if (value !== undefined && value !== null && value !== false) node.setAttribute(name, String(value));
    }
    for (const [event, handler] of Object.entries(p.on || {})) node.addEventListener(event, handler);
    for (const child of children) {
      if (child === null || child === undefined || child === false) continue;
      node.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
    }
    return node;
  }

  /** Sets an element's text only when it changed (screen readers and focus stay calm). */
  function setText(node, value) {
    const text = value === null || value === undefined ? "" : String(value);
    if (node.textContent !== text) node.textContent = text;
  }

  function clear(node) {
    while (node.firstChild) node.removeChild(node.firstChild);
  }

  /** 75 → "1:15"; 3725 → "1:02:05". */
  function duration(secs) {
    const s = Math.max(0, Math.floor(Number(secs) || 0));
    const h = Math.floor(s / 3600);
    const m = Math.floor((s % 3600) / 60);
    const r = String(s % 60).padStart(2, "0");
    return h > 0 ? h + ":" + String(m).padStart(2, "0") + ":" + r : m + ":" + r;
  }

  const SIDE_KEYS = { Japan: "dashboard-japan", Russia: "dashboard-russia" };
  const DELEGATE_KEYS = { Japan: "dashboard-komura", Russia: "dashboard-witte" };

  function sideName(side) {
    return (SIDE_KEYS[side] && t(SIDE_KEYS[side])) || String(side);
  }

  function delegate(side) {
    return (DELEGATE_KEYS[side] && t(DELEGATE_KEYS[side])) || String(side);
  }

  // Utilities closer than this to 1905 count as "as 1905" (the results wall's own margin).
  const SAME_AS_1905 = 0.0005;

  /** "better", "worse" or "as" (as in 1905), or null when 1905 is unknown. */
  function versus1905(utility, utility1905) {
    if (typeof utility !== "number" || typeof utility1905 !== "number") return null;
    const diff = utility - utility1905;
    if (Math.abs(diff) < SAME_AS_1905) return "as";
    return diff > 0 ? "better" : "worse";
  }

  /** The verdict's words: "better than 1905" and so on. */
  function verdict(versus) {
    if (versus === "better") return t("dashboard-better-than-1905");
    if (versus === "worse") return t("dashboard-worse-than-1905");
    if (versus === "as") return t("dashboard-as-in-1905");
    return t("dashboard-no-1905");
  }

  function utility(value) {
    return typeof value === "number" ? number(value, 2) : "—";
  }

  /** A file name piece from a table name: letters, digits and dashes only. */
  function slug(name) {
    const s = String(name).toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
    return s || "table";
  }

  return {
    key,
    lang,
    t,
    number,
    clock,
    withLang,
    verdict,
    ApiError,
    getJson,
    postJson,
    download,
    el,
    setText,
    clear,
    duration,
    sideName,
    delegate,
    versus1905,
    utility,
    slug,
  };
})();
