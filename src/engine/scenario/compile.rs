//! Validation: checks a deserialised scenario file rule by rule, collects every problem with
//! its position, and on success resolves all names to indices.

use super::coverage;
use super::file::*;
use super::limits::*;
use super::model::*;
use super::notes;
use crate::engine::condition::{Cond, OptionSet};
use crate::engine::date::Date;
use crate::engine::diagnostic::{Diagnostic, choices_help};
use crate::engine::moves::{ArticleSet, MAX_ARTICLES, Terms};
use crate::engine::side::Side;
use crate::engine::source::{Kind, Node, Seg, SourceMap};
use crate::engine::space::{MAX_OPTIONS, MAX_SPACE, OutcomeSpace};
use crate::path;
use std::collections::{BTreeMap, HashSet};

/// Where a condition is used decides what it may ask about.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Context {
    /// Over a treaty's terms alone: a red line's exception.
    Terms,
    /// During the talks: events, cable answers, mediator proposals.
    Talks,
    /// Which outcome a finished game ends in: only the end and the treaty's terms.
    Outcome,
    /// Aftermath: anything about the finished game.
    Final,
}

struct Compiler<'a> {
    tree: &'a Node,
    sources: &'a SourceMap,
    diagnostics: Vec<Diagnostic>,
    file: &'a ScenarioFile,
    /// A session date did not parse: checks that compare dates would only add noise.
    bad_dates: bool,
}

pub struct Compiled {
    pub scenario: Option<Scenario>,
    pub diagnostics: Vec<Diagnostic>,
}

/// Checks `file` (deserialised from `tree`) and builds the scenario if no error was found.
pub fn compile(file: &ScenarioFile, tree: &Node, sources: &SourceMap, name: &str, digest: u64) -> Compiled {
    let mut c = Compiler {
        tree,
        sources,
        diagnostics: Vec::new(),
        file,
        bad_dates: false,
    };
    let scenario = c.scenario(name, digest);
    let failed = c.diagnostics.iter().any(Diagnostic::is_error);
    Compiled {
        scenario: if failed { None } else { scenario },
        diagnostics: c.diagnostics,
    }
}

impl<'a> Compiler<'a> {
    fn error(&mut self, node: &Node, rule: &'static str, message: String, help: impl Into<String>) {
        let location = self.sources.location(node.span);
        self.diagnostics
            .push(Diagnostic::error(rule, message, help).at(location));
    }

    fn error_at(&mut self, path: Vec<Seg>, rule: &'static str, message: String, help: impl Into<String>) {
        let node = self.tree.find(&path);
        self.error(node, rule, message, help);
    }

    fn warning_at(&mut self, path: Vec<Seg>, rule: &'static str, message: String, help: impl Into<String>) {
        let location = self.sources.location(self.tree.find(&path).span);
        self.diagnostics
            .push(Diagnostic::warning(rule, message, help).at(location));
    }

    /// The span of a map key, falling back to the map itself.
    fn error_key(&mut self, map: Vec<Seg>, key: &str, rule: &'static str, message: String, help: impl Into<String>) {
        let span = self.tree.find_key(&map, key).unwrap_or(self.tree.find(&map).span);
        let location = self.sources.location(span);
        self.diagnostics
            .push(Diagnostic::error(rule, message, help).at(location));
    }

    fn scenario(&mut self, name: &str, digest: u64) -> Option<Scenario> {
        let f = self.file;
        if f.format != FORMAT {
            let (message, help) = if f.format > FORMAT {
                (
                    format!(
                        "this scenario is written in format {}, newer than this version of the game reads ({FORMAT})",
                        f.format
                    ),
                    "update Portsmouth 1905 to open it",
                )
            } else {
                (format!("unknown format {}", f.format), "write `format: 1`")
            };
            self.error_at(path!["format"], "format-version", message, help);
            return None;
        }
        self.check_id(path!["id"], &f.id);
        self.check_sources();

        let articles = self.articles();
        let article_ids: Vec<&str> = f.articles.iter().map(|a| a.id.as_str()).collect();
        let meters = self.meters();
        let sessions = self.sessions(&article_ids);
        self.check_unique_ids();
        let red_lines = self.red_lines(&article_ids);
        let press = self.press();
        let mediator = self.mediator();
        let events = self.events(&sessions);
        let parties = self.parties();
        let points = self.valuations();
        let outcomes = self.outcomes();
        let difficulties = self.difficulties();

        if self.diagnostics.iter().any(Diagnostic::is_error) {
            return None;
        }
        let option_counts: Vec<u8> = articles.iter().map(|a| a.options.len() as u8).collect();
        let space = OutcomeSpace::new(&option_counts, [&points[0], &points[1]]);
        if space.size() > MAX_SPACE {
            self.error_at(
                path!["articles"],
                "too-many-treaties",
                format!(
                    "the articles' options combine into {} possible treaties; the most this game handles is {MAX_SPACE}",
                    space.size()
                ),
                "remove options or merge small articles into one",
            );
            return None;
        }
        let events_due = (0..sessions.len())
            .map(|s| {
                events
                    .iter()
                    .enumerate()
                    .filter(|(i, e)| e.not_before <= s && !mediator.pressure.iter().any(|&(_, p)| p as usize == *i))
                    .fold(0u128, |due, (i, _)| due | (1 << i))
            })
            .collect();
        let mut scenario = Scenario {
            id: f.id.clone(),
            title: f.title.clone(),
            description: f.description.clone(),
            author: f.author.clone(),
            file: name.to_string(),
            digest,
            sources: f.sources.clone(),
            parties,
            mediator,
            sessions,
            articles,
            meters,
            red_lines,
            press,
            events,
            events_due,
            outcomes,
            history: None,
            difficulties,
            space,
            frontier: std::sync::OnceLock::new(),
            feasible_frontiers: std::sync::Mutex::new(Vec::new()),
            option_masks: [0; MAX_ARTICLES],
            conditional_red_lines: [Vec::new(), Vec::new()],
            exchanges_before: Vec::new(),
            assumed_before_tabling: [[0; MAX_ARTICLES]; 2],
        };
        for (r, red_line) in scenario.red_lines.iter().enumerate() {
            if red_line.unless.is_some() {
                scenario.conditional_red_lines[red_line.side.index()].push(r);
            }
        }
        scenario.exchanges_before = std::iter::once(0)
            .chain(scenario.sessions.iter().scan(0, |sum, s| {
                *sum += s.exchanges as usize;
                Some(*sum)
            }))
            .collect();
        for (a, article) in scenario.articles.iter().enumerate() {
            scenario.option_masks[a] = (1 << article.options.len()) - 1;
            for side in Side::BOTH {
                let assumed = match article.unresolved {
                    Unresolved::Becomes(o) => o,
                    Unresolved::BlocksTreaty => (0..article.options.len() as u8)
                        .max_by_key(|&o| (scenario.space.points(side, a, o), std::cmp::Reverse(o)))
                        .unwrap_or(0),
                };
                scenario.assumed_before_tabling[side.index()][a] = 1 << assumed;
            }
        }
        self.check_impossible_articles(&scenario);
        for d in coverage::check(&scenario) {
            let d = match d.outcome {
                Some(i) => {
                    let location = self
                        .sources
                        .location(self.tree.find(&path!["outcomes", i, "when"]).span);
                    d.diagnostic.at(location)
                }
                None => {
                    let location = self.sources.location(self.tree.find(&path!["outcomes"]).span);
                    d.diagnostic.at(location)
                }
            };
            self.diagnostics.push(d);
        }
        scenario.history = self.history(&scenario);
        Some(scenario)
    }

    // ---- names and sources ------------------------------------------------------------

    fn check_id(&mut self, path: Vec<Seg>, id: &str) {
        let ok = id.len() <= MAX_ID_CHARS
            && id.chars().next().is_some_and(|c| c.is_ascii_lowercase())
            && id
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_' || c == '-');
        if !ok {
            self.error_at(
                path,
                "bad-id",
                format!("`{id}` is not a usable id"),
                format!("ids start with a lower-case letter and use only a–z, 0–9, `_` and `-` (at most {MAX_ID_CHARS} characters)"),
            );
        }
    }

    fn check_unique<'s>(&mut self, kind: &str, ids: impl IntoIterator<Item = (Vec<Seg>, &'s str)>) {
        let mut seen = HashSet::new();
        for (path, id) in ids {
            self.check_id(path.clone(), id);
            if !seen.insert(id) {
                self.error_at(
                    path,
                    "duplicate-id",
                    format!("two {kind} have the id `{id}`"),
                    "give each one a different id",
                );
            }
        }
    }

    fn check_unique_ids(&mut self) {
        let f = self.file;
        self.check_unique(
            "events",
            f.events
                .iter()
                .enumerate()
                .map(|(i, e)| (path!["events", i, "id"], e.id.as_str())),
        );
        self.check_unique(
            "outcomes",
            f.outcomes
                .iter()
                .enumerate()
                .map(|(i, o)| (path!["outcomes", i, "id"], o.id.as_str())),
        );
        self.check_unique(
            "mediator proposals",
            f.mediator
                .proposals
                .iter()
                .enumerate()
                .map(|(i, p)| (path!["mediator", "proposals", i, "id"], p.id.as_str())),
        );
        let red_lines = self.sides().flat_map(|(side, p)| {
            p.red_lines
                .iter()
                .enumerate()
                .map(move |(i, r)| (path!["parties", side, "red_lines", i, "id"], r.id.as_str()))
        });
        let red_lines: Vec<_> = red_lines.collect();
        self.check_unique("red lines", red_lines);
        for (side, party) in self.sides().collect::<Vec<_>>() {
            self.check_unique(
                "press statements",
                party
                    .press
                    .iter()
                    .enumerate()
                    .map(|(i, p)| (path!["parties", side, "press", i, "id"], p.id.as_str())),
            );
        }
    }

    fn sides(&self) -> impl Iterator<Item = (&'static str, &'a PartyFile)> {
        let f = self.file;
        [("japan", &f.parties.japan), ("russia", &f.parties.russia)].into_iter()
    }

    fn check_source_keys(&mut self, path: Vec<Seg>, keys: &str) {
        for key in notes::keys(keys) {
            if !self.file.sources.contains_key(key) {
                let known: Vec<&str> = self.file.sources.keys().map(String::as_str).collect();
                self.error_at(
                    path.clone(),
                    "unknown-source",
                    format!("source key `{key}` is not listed under `sources`"),
                    format!("add `\"{key}\": \"...\"` to `sources`, or {}", choices_help(key, known)),
                );
            }
        }
    }

    /// Every source key used anywhere must be listed in `sources`.
    fn check_sources(&mut self) {
        let f = self.file;
        // (where, the keys written there) for every field that cites sources.
        let mut cited: Vec<(Vec<Seg>, &str)> = Vec::new();
        let mut cite = |path: Vec<Seg>, source: &'a Option<String>| {
            if let Some(s) = source {
                cited.push((path, s.as_str()));
            }
        };
        for (i, a) in f.articles.iter().enumerate() {
            cite(path!["articles", i, "source"], &a.source);
            for (j, o) in a.options.iter().enumerate() {
                cite(path!["articles", i, "options", j, "source"], &o.source);
            }
        }
        for (i, m) in f.meters.iter().enumerate() {
            cite(path!["meters", i, "source"], &m.source);
        }
        for (i, e) in f.events.iter().enumerate() {
            cite(path!["events", i, "source"], &e.source);
        }
        for (i, p) in f.mediator.proposals.iter().enumerate() {
            cite(path!["mediator", "proposals", i, "source"], &p.source);
        }
        for (side, party) in [("japan", &f.parties.japan), ("russia", &f.parties.russia)] {
            for (i, r) in party.red_lines.iter().enumerate() {
                cite(path!["parties", side, "red_lines", i, "source"], &r.source);
            }
            for (i, p) in party.press.iter().enumerate() {
                cite(path!["parties", side, "press", i, "source"], &p.source);
            }
        }
        for (i, step) in f.history.iter().flat_map(|h| h.script.iter()).enumerate() {
            cite(path!["history", "script", i, "source"], &step.source);
        }
        for (i, o) in f.outcomes.iter().enumerate() {
            for (j, s) in o.sources.iter().enumerate() {
                cited.push((path!["outcomes", i, "sources", j], s.as_str()));
            }
        }
        let noted = f
            .articles
            .iter()
            .enumerate()
            .map(|(i, a)| (path!["articles", i], &a.note));
        let noted = noted.chain(f.events.iter().enumerate().map(|(i, e)| (path!["events", i], &e.note)));
        let noted = noted.chain(
            f.outcomes
                .iter()
                .enumerate()
                .map(|(i, o)| (path!["outcomes", i], &o.note)),
        );
        for (base, note) in noted {
            for (tail, j, keys) in note.iter().flat_map(notes::cited) {
                let mut path = [base.clone(), path!["note"]].concat();
                path.extend(tail.into_iter().map(Seg::from));
                if j != usize::MAX {
                    path.extend([Seg::from(j), Seg::from("source")]);
                }
                cited.push((path, keys));
            }
        }
        for (path, keys) in cited {
            self.check_source_keys(path, keys);
        }
        for (key, text) in &f.sources {
            if !notes::is_full_reference(text) {
                self.error_key(
                    path!["sources"],
                    key,
                    "thin-source",
                    format!("source `{key}` is not a full reference: \"{text}\""),
                    "write author, title and year (or n.d.), with pages where known, e.g. \"Ilyin, Sergei, Witte, 2006, pp. 145–152\"",
                );
            }
        }
    }

    // ---- lookups ------------------------------------------------------------------------

    /// The position of `id` among `known`, or an error at `node` under `rule` that names the
    /// nearest known ids.
    fn resolve(
        &mut self,
        node: &Node,
        rule: &'static str,
        message: String,
        known: Vec<&str>,
        id: &str,
    ) -> Option<usize> {
        let found = known.iter().position(|k| *k == id);
        if found.is_none() {
            self.error(node, rule, message, choices_help(id, known));
        }
        found
    }

    fn article(&mut self, node: &Node, id: &str) -> Option<usize> {
        let f = self.file;
        let known = f.articles.iter().map(|a| a.id.as_str()).collect();
        self.resolve(
            node,
            "unknown-article",
            format!("there is no article `{id}`"),
            known,
            id,
        )
    }

    fn option(&mut self, node: &Node, article: usize, id: &str) -> Option<u8> {
        let a = &self.file.articles[article];
        let known = a.options.iter().map(|o| o.id.as_str()).collect();
        let message = format!("article `{}` has no option `{id}`", a.id);
        self.resolve(node, "unknown-option", message, known, id)
            .map(|o| o as u8)
    }

    fn meter(&mut self, node: &Node, id: &str) -> Option<u8> {
        let f = self.file;
        let known = f.meters.iter().map(|m| m.id.as_str()).collect();
        self.resolve(node, "unknown-meter", format!("there is no meter `{id}`"), known, id)
            .map(|m| m as u8)
    }

    fn event(&mut self, node: &Node, id: &str) -> Option<u8> {
        let f = self.file;
        let known = f.events.iter().map(|e| e.id.as_str()).collect();
        self.resolve(node, "unknown-event", format!("there is no event `{id}`"), known, id)
            .map(|e| e as u8)
    }

    fn red_line(&mut self, node: &Node, id: &str) -> Option<u8> {
        let f = self.file;
        let known = f
            .parties
            .japan
            .red_lines
            .iter()
            .chain(&f.parties.russia.red_lines)
            .map(|r| r.id.as_str())
            .collect();
        self.resolve(
            node,
            "unknown-red-line",
            format!("there is no red line `{id}`"),
            known,
            id,
        )
        .map(|r| r as u8)
    }

    fn mediator_proposal(&mut self, node: &Node, id: &str) -> Option<u8> {
        let f = self.file;
        let known = f.mediator.proposals.iter().map(|p| p.id.as_str()).collect();
        let message = format!("the mediator has no proposal `{id}`");
        self.resolve(node, "unknown-proposal", message, known, id)
            .map(|p| p as u8)
    }

    fn terms(&mut self, path: Vec<Seg>, map: &BTreeMap<String, String>) -> Option<Terms> {
        let mut terms = Terms::EMPTY;
        let mut ok = true;
        for (article, option) in map {
            let key = self.tree.find_key(&path, article);
            let key_node = Node {
                span: key.unwrap_or(self.tree.find(&path).span),
                kind: Kind::Unit,
            };
            match self.article(&key_node, article) {
                Some(a) => {
                    let value = self
                        .tree
                        .find(&[path.clone(), vec![Seg::Key(article.clone())]].concat())
                        .clone();
                    match self.option(&value, a, option) {
                        Some(o) => terms.set(a, o),
                        None => ok = false,
                    }
                }
                None => ok = false,
            }
        }
        ok.then_some(terms)
    }

    // ---- articles, sessions, meters -----------------------------------------------------

    fn articles(&mut self) -> Vec<Article> {
        let f = self.file;
        if f.articles.is_empty() {
            self.error_at(
                path!["articles"],
                "no-articles",
                "the scenario has no articles".into(),
                "add at least one article to negotiate",
            );
        }
        if f.articles.len() > MAX_ARTICLES {
            self.error_at(
                path!["articles"],
                "too-many",
                format!(
                    "{} articles; the most a scenario may have is {MAX_ARTICLES}",
                    f.articles.len()
                ),
                "merge minor articles",
            );
        }
        self.check_unique(
            "articles",
            f.articles
                .iter()
                .enumerate()
                .map(|(i, a)| (path!["articles", i, "id"], a.id.as_str())),
        );
        let mut out = Vec::new();
        for (i, a) in f.articles.iter().enumerate() {
            let n = a.options.len();
            if !(MIN_OPTIONS..=MAX_OPTIONS).contains(&n) {
                self.error_at(
                    path!["articles", i, "options"],
                    "option-count",
                    format!(
                        "article `{}` has {n} options; an article needs {MIN_OPTIONS} to {MAX_OPTIONS}",
                        a.id
                    ),
                    "an article needs at least two ways to settle it",
                );
            }
            self.check_unique(
                &format!("options of `{}`", a.id),
                a.options
                    .iter()
                    .enumerate()
                    .map(|(j, o)| (path!["articles", i, "options", j, "id"], o.id.as_str())),
            );
            let unresolved = match &a.unresolved {
                UnresolvedFile::BlocksTreaty => Unresolved::BlocksTreaty,
                UnresolvedFile::Becomes(id) => {
                    let node = self.tree.find(&path!["articles", i, "unresolved", 0]).clone();
                    Unresolved::Becomes(self.option(&node, i, id).unwrap_or(0))
                }
            };
            out.push(Article {
                id: a.id.clone(),
                demand: a.demand,
                group: a.group.clone(),
                title: a.title.clone(),
                summary: a.summary.clone(),
                options: a
                    .options
                    .iter()
                    .map(|o| OptionDef {
                        id: o.id.clone(),
                        label: o.label.clone(),
                        clause: o.clause.clone(),
                        source: o.source.clone(),
                    })
                    .collect(),
                unresolved,
                source: a.source.clone(),
                note: notes::compile(&a.note),
            });
        }
        out
    }

    fn sessions(&mut self, article_ids: &[&str]) -> Vec<Session> {
        let f = self.file;
        if f.sessions.is_empty() || f.sessions.len() > MAX_SESSIONS {
            self.error_at(
                path!["sessions"],
                "session-count",
                format!("{} sessions; a scenario needs 1 to {MAX_SESSIONS}", f.sessions.len()),
                "the historical conference had twelve",
            );
        }
        let mut out: Vec<Session> = Vec::new();
        let mut tabled = ArticleSet::EMPTY;
        for (i, s) in f.sessions.iter().enumerate() {
            let date = match Date::parse(&s.date) {
                Some(d) => d,
                None => {
                    self.bad_dates = true;
                    self.error_at(
                        path!["sessions", i, "date"],
                        "bad-date",
                        format!("`{}` is not a date", s.date),
                        "write dates as \"YYYY-MM-DD\" (New Style), e.g. \"1905-08-10\"",
                    );
                    Date {
                        year: 1905,
                        month: 1,
                        day: 1,
                    }
                }
            };
            if let Some(prev) = out.last()
                && !self.bad_dates
                && date <= prev.date
            {
                self.error_at(
                    path!["sessions", i, "date"],
                    "date-order",
                    format!("session {} ({date}) is not after session {} ({})", i + 1, i, prev.date),
                    "list sessions in date order, one per day",
                );
            }
            if s.exchanges == 0 || s.exchanges > MAX_EXCHANGES {
                self.error_at(
                    path!["sessions", i, "exchanges"],
                    "exchange-count",
                    format!("{} exchanges; a session holds 1 to {MAX_EXCHANGES}", s.exchanges),
                    "in each exchange both sides move once; 2 is the usual morning and afternoon sitting",
                );
            }
            let mut agenda = ArticleSet::EMPTY;
            for (j, id) in s.agenda.iter().enumerate() {
                let node = self.tree.find(&path!["sessions", i, "agenda", j]).clone();
                if let Some(a) = self.article(&node, id)
                    && a < MAX_ARTICLES
                {
                    agenda.insert(a);
                }
            }
            tabled = tabled.union(agenda);
            out.push(Session {
                date,
                title: s.title.clone(),
                agenda,
                tabled,
                exchanges: s.exchanges,
                initiative: s.initiative,
                note: s.note.clone(),
            });
        }
        for (i, id) in article_ids.iter().enumerate() {
            if i < MAX_ARTICLES && !tabled.contains(i) {
                self.error_at(
                    path!["articles", i, "id"],
                    "never-tabled",
                    format!("article `{id}` is on no session's agenda, so it can never be negotiated"),
                    format!("add \"{id}\" to the agenda of a session"),
                );
            }
        }
        out
    }

    fn meters(&mut self) -> Vec<Meter> {
        let f = self.file;
        if f.meters.len() > MAX_METERS {
            self.error_at(
                path!["meters"],
                "too-many",
                format!("{} meters; the most is {MAX_METERS}", f.meters.len()),
                "merge meters",
            );
        }
        self.check_unique(
            "meters",
            f.meters
                .iter()
                .enumerate()
                .map(|(i, m)| (path!["meters", i, "id"], m.id.as_str())),
        );
        let mut out = Vec::new();
        for (i, m) in f.meters.iter().enumerate() {
            if m.min >= m.max {
                self.error_at(
                    path!["meters", i, "max"],
                    "meter-range",
                    format!("meter `{}` has min {} and max {}", m.id, m.min, m.max),
                    "max must be above min (defaults: 0 and 100)",
                );
            } else if !(m.min..=m.max).contains(&m.start) {
                self.error_at(
                    path!["meters", i, "start"],
                    "meter-range",
                    format!("meter `{}` starts at {}, outside {}..={}", m.id, m.start, m.min, m.max),
                    "choose a start value between min and max",
                );
            }
            out.push(Meter {
                id: m.id.clone(),
                name: m.name.clone(),
                description: m.description.clone(),
                start: m.start,
                min: m.min,
                max: m.max,
                per_session: m.per_session,
                visible_to: m.visible_to,
                source: m.source.clone(),
            });
        }
        out
    }

    // ---- parties --------------------------------------------------------------------------

    fn parties(&mut self) -> [Party; 2] {
        let mut out = Vec::new();
        for (key, p) in self.sides().collect::<Vec<_>>() {
            let side = if key == "japan" { Side::Japan } else { Side::Russia };
            if p.delegates.is_empty() {
                self.error_at(
                    path!["parties", key, "delegates"],
                    "no-delegates",
                    format!("{side} has no delegates"),
                    "name at least the first plenipotentiary",
                );
            }
            let mut meters = Vec::new();
            for (id, &weight) in &p.no_treaty.meters {
                let span = self.tree.find_key(&path!["parties", key, "no_treaty", "meters"], id);
                let node = Node {
                    span: span.unwrap_or(self.tree.find(&path!["parties", key, "no_treaty"]).span),
                    kind: Kind::Unit,
                };
                if let Some(m) = self.meter(&node, id) {
                    meters.push((m, weight));
                }
            }
            out.push(Party {
                side,
                name: p.name.clone(),
                capital: p.capital.clone(),
                player_title: p.player_title.clone(),
                delegates: p
                    .delegates
                    .iter()
                    .map(|d| Delegate {
                        name: d.name.clone(),
                        role: d.role.clone(),
                    })
                    .collect(),
                briefing: p.briefing.clone(),
                public_position: p.public_position.clone(),
                no_treaty: NoTreaty {
                    points: p.no_treaty.points,
                    per_session: p.no_treaty.per_session,
                    meters,
                    text: p.no_treaty.text.clone(),
                },
                known_priorities: self.known_priorities(key, p),
                known_favourites: self.known_favourites(key, p),
                persona: self.persona(key, side),
            });
        }
        let russia = out.pop().expect("two parties");
        let japan = out.pop().expect("two parties");
        [japan, russia]
    }

    /// The computer delegate's persona for one side; sessions are written 1-based.
    fn persona(&mut self, key: &'static str, side: Side) -> Persona {
        let f = self.file;
        let party = if side == Side::Japan {
            &f.parties.japan
        } else {
            &f.parties.russia
        };
        let Some(file) = &party.delegate else {
            return Persona::default();
        };
        let base = path!["parties", key, "delegate"];
        let sessions = f.sessions.len();
        let session = |this: &mut Self, at: Vec<Seg>, n: usize| -> usize {
            if n == 0 || n > sessions {
                this.error_at(
                    at,
                    "bad-session",
                    format!("session {n} does not exist; sessions are numbered 1 to {sessions}"),
                    "write a session number from the scenario's list, counting the first as 1",
                );
            }
            n.clamp(1, sessions.max(1)) - 1
        };
        if !(file.firmness > 0.0 && file.firmness <= 20.0) {
            self.error_at(
                [base.clone(), path!["firmness"]].concat(),
                "bad-firmness",
                format!("firmness {} is out of range", file.firmness),
                "use a number above 0 and at most 20: 1 concedes evenly, 3 holds firm, 0.5 gives way early",
            );
        }
        let mut pressures = Vec::new();
        for (id, &weight) in &file.pressures {
            let span = self.tree.find_key(&[base.clone(), path!["pressures"]].concat(), id);
            let node = Node {
                span: span.unwrap_or(self.tree.find(&base).span),
                kind: Kind::Unit,
            };
            if let Some(m) = self.meter(&node, id) {
                pressures.push((m, weight));
            }
        }
        let first_press = if side == Side::Japan {
            0
        } else {
            f.parties.japan.press.len()
        };
        let mut press = Vec::new();
        for (i, entry) in file.press.iter().enumerate() {
            let at = [base.clone(), path!["press", i]].concat();
            let from = session(self, [at.clone(), path!["from"]].concat(), entry.from);
            match party.press.iter().position(|p| p.id == entry.line) {
                Some(p) => press.push(((first_press + p) as u8, from)),
                None => {
                    let known: Vec<&str> = party.press.iter().map(|p| p.id.as_str()).collect();
                    self.error_at(
                        [at, path!["line"]].concat(),
                        "unknown-press",
                        format!("{side} has no press statement `{}`", entry.line),
                        format!("use one of this side's press ids: {}", known.join(", ")),
                    );
                }
            }
        }
        let ultimatum_from = file
            .ultimatum_from
            .map(|n| session(self, [base.clone(), path!["ultimatum_from"]].concat(), n));
        let compromise = file.compromise.as_ref().map(|c| {
            (
                session(self, [base.clone(), path!["compromise", "from"]].concat(), c.from),
                c.note.clone(),
            )
        });
        let cable_from = session(self, [base.clone(), path!["cable_from"]].concat(), file.cable_from);
        if let Some(source) = &file.source {
            self.check_source_keys([base, path!["source"]].concat(), source);
        }
        Persona {
            firmness: file.firmness,
            pressures,
            press,
            ultimatum_from,
            compromise,
            cable_from,
        }
    }

    fn known_favourites(&mut self, key: &'static str, party: &PartyFile) -> Vec<Option<u8>> {
        let mut out = vec![None; self.file.articles.len()];
        for (id, option) in &party.known_favourites {
            let at = path!["parties", key, "known_favourites"];
            let span = self.tree.find_key(&at, id);
            let node = Node {
                span: span.unwrap_or(self.tree.find(&at).span),
                kind: Kind::Unit,
            };
            if let Some(a) = self.article(&node, id) {
                out[a] = self.option(&node, a, option);
            }
        }
        out
    }

    fn known_priorities(&mut self, key: &'static str, party: &PartyFile) -> Vec<f64> {
        let f = self.file;
        let mut out = vec![1.0; f.articles.len()];
        for (id, &weight) in &party.known_priorities {
            let at = path!["parties", key, "known_priorities"];
            let span = self.tree.find_key(&at, id);
            let node = Node {
                span: span.unwrap_or(self.tree.find(&at).span),
                kind: Kind::Unit,
            };
            if let Some(a) = self.article(&node, id) {
                if !(weight > 0.0 && weight <= 1000.0) {
                    self.error_at(
                        at,
                        "bad-priority",
                        format!("priority {weight} for `{id}` is out of range"),
                        "use a positive number of at most 1000 (weights are relative: 1 is the default)",
                    );
                }
                out[a] = weight;
            }
        }
        out
    }

    /// The levels of play; the standard set when the file names none.
    fn difficulties(&mut self) -> Vec<Difficulty> {
        let f = self.file;
        if f.difficulties.is_empty() {
            return Difficulty::standard();
        }
        let mut out = Vec::new();
        for (i, d) in f.difficulties.iter().enumerate() {
            self.check_id(path!["difficulties", i, "id"], &d.id);
            if !(d.firmness > 0.0 && d.firmness <= 10.0) {
                self.error_at(
                    path!["difficulties", i, "firmness"],
                    "bad-firmness",
                    format!("firmness {} is out of range", d.firmness),
                    "use a factor above 0 and at most 10 (1 plays the persona as written)",
                );
            }
            out.push(Difficulty {
                id: d.id.clone(),
                label: d.label.clone(),
                description: d.description.clone(),
                firmness: d.firmness,
                reads_opponent: d.reads_opponent,
            });
        }
        out
    }

    /// Points per side, per article, per option; every article must be valued by both.
    fn valuations(&mut self) -> [Vec<Vec<i32>>; 2] {
        let f = self.file;
        let mut out = [Vec::new(), Vec::new()];
        for (s, (key, party)) in self.sides().collect::<Vec<_>>().into_iter().enumerate() {
            let values_path = path!["parties", key, "values"];
            let name = Side::BOTH[s].name();
            for id in party.values.keys() {
                if !f.articles.iter().any(|a| &a.id == id) {
                    let known: Vec<&str> = f.articles.iter().map(|a| a.id.as_str()).collect();
                    self.error_key(
                        values_path.clone(),
                        id,
                        "unknown-article",
                        format!("{name} values an article `{id}` that does not exist"),
                        choices_help(id, known),
                    );
                }
            }
            for article in &f.articles {
                match party.values.get(&article.id) {
                    None => {
                        self.error_at(
                            values_path.clone(),
                            "missing-valuation",
                            format!("{name} has no valuation for article `{}`", article.id),
                            format!(
                                "add `\"{}\": [{}]` with one number of points per option",
                                article.id,
                                vec!["0"; article.options.len()].join(", ")
                            ),
                        );
                        out[s].push(vec![0; article.options.len()]);
                    }
                    Some(points) => {
                        let mut entry = [values_path.clone(), vec![Seg::Key(article.id.clone())]].concat();
                        if points.len() != article.options.len() {
                            self.error_at(
                                entry,
                                "valuation-length",
                                format!(
                                    "{name} gives {} values for `{}`, which has {} options",
                                    points.len(),
                                    article.id,
                                    article.options.len()
                                ),
                                format!(
                                    "give one number per option, in order: {}",
                                    article
                                        .options
                                        .iter()
                                        .map(|o| o.id.as_str())
                                        .collect::<Vec<_>>()
                                        .join(", ")
                                ),
                            );
                            out[s].push(vec![0; article.options.len()]);
                            continue;
                        }
                        for (j, &p) in points.iter().enumerate() {
                            if !(0..=MAX_POINTS).contains(&p) {
                                entry.push(Seg::Index(j));
                                self.error_at(
                                    entry.clone(),
                                    "valuation-range",
                                    format!("{p} points is outside 0..={MAX_POINTS}"),
                                    "value options from 0 (worst) upward",
                                );
                                entry.pop();
                            }
                        }
                        out[s].push(points.clone());
                    }
                }
            }
            let spread: i32 = out[s]
                .iter()
                .map(|row| row.iter().max().unwrap_or(&0) - row.iter().min().unwrap_or(&0))
                .sum();
            if spread == 0 && !f.articles.is_empty() {
                self.error_at(
                    values_path,
                    "flat-valuation",
                    format!("{name} values every treaty the same"),
                    "give the options different points so some treaties are better than others",
                );
            }
        }
        out
    }

    fn red_lines(&mut self, article_ids: &[&str]) -> Vec<RedLine> {
        let mut out = Vec::new();
        let total: usize = self.sides().map(|(_, p)| p.red_lines.len()).sum();
        if total > MAX_RED_LINES {
            self.error_at(
                path!["parties"],
                "too-many",
                format!("{total} red lines; the most is {MAX_RED_LINES}"),
                "merge red lines",
            );
        }
        for (key, party) in self.sides().collect::<Vec<_>>() {
            let side = if key == "japan" { Side::Japan } else { Side::Russia };
            for (i, r) in party.red_lines.iter().enumerate() {
                let base = path!["parties", key, "red_lines", i];
                let mut forbids = [0 as OptionSet; MAX_ARTICLES];
                let forbids_path = [base.clone(), path!["forbids"]].concat();
                for (article, options) in &r.forbids {
                    let span = self
                        .tree
                        .find_key(&forbids_path, article)
                        .unwrap_or(self.tree.find(&forbids_path).span);
                    let node = Node { span, kind: Kind::Unit };
                    let Some(a) = self.article(&node, article) else {
                        continue;
                    };
                    for (j, o) in options.iter().enumerate() {
                        let node = self
                            .tree
                            .find(&[forbids_path.clone(), vec![Seg::Key(article.clone()), Seg::Index(j)]].concat())
                            .clone();
                        if let Some(o) = self.option(&node, a, o)
                            && a < MAX_ARTICLES
                        {
                            forbids[a] |= 1 << o;
                        }
                    }
                }
                if r.forbids.is_empty() {
                    self.error_at(
                        [base.clone(), path!["forbids"]].concat(),
                        "empty-red-line",
                        format!("red line `{}` forbids nothing", r.id),
                        format!(
                            "list the options it rules out, e.g. {{\"{}\": [...]}}",
                            article_ids.first().unwrap_or(&"article")
                        ),
                    );
                }
                let cable = r.cable.as_ref().map(|c| {
                    let cable_path = [base.clone(), path!["cable"]].concat();
                    if !(0.0..=1.0).contains(&c.chance) {
                        self.error_at(
                            [cable_path.clone(), path!["chance"]].concat(),
                            "bad-chance",
                            format!("chance {} is not between 0 and 1", c.chance),
                            "write a probability such as 0.5",
                        );
                    }
                    let grant_node = self
                        .tree
                        .find(&[cable_path.clone(), path!["grant_if"]].concat())
                        .clone();
                    let grant_if = self.condition(&c.grant_if, &grant_node, Context::Talks);
                    let effects = self.effects(&c.effects, [cable_path, path!["effects"]].concat());
                    Cable {
                        grant_if,
                        chance: c.chance,
                        yes: c.yes.clone(),
                        no: c.no.clone(),
                        effects,
                    }
                });
                let unless = r.unless.as_ref().map(|c| {
                    let node = self.tree.find(&[base.clone(), path!["unless"]].concat()).clone();
                    self.condition(c, &node, Context::Terms)
                });
                let mut articles = ArticleSet::EMPTY;
                for (a, &mask) in forbids.iter().enumerate() {
                    if mask != 0 {
                        articles.insert(a);
                    }
                }
                out.push(RedLine {
                    id: r.id.clone(),
                    side,
                    text: r.text.clone(),
                    forbids,
                    articles,
                    unless,
                    active: r.active,
                    cable,
                    source: r.source.clone(),
                });
            }
        }
        // A cable with no effects lifts its own red line.
        for (i, r) in out.iter_mut().enumerate() {
            if let Some(c) = &mut r.cable
                && c.effects.is_empty()
            {
                c.effects.push(Effect::Lift(i as u8));
            }
        }
        out
    }

    fn press(&mut self) -> Vec<PressLine> {
        let mut out = Vec::new();
        for (key, party) in self.sides().collect::<Vec<_>>() {
            let side = if key == "japan" { Side::Japan } else { Side::Russia };
            for (i, p) in party.press.iter().enumerate() {
                let base = path!["parties", key, "press", i];
                if p.uses == 0 {
                    self.error_at(
                        [base.clone(), path!["uses"]].concat(),
                        "bad-uses",
                        "a press statement that can be used 0 times".into(),
                        "use at least 1, or delete the statement",
                    );
                }
                let effects = self.effects(&p.effects, [base, path!["effects"]].concat());
                out.push(PressLine {
                    id: p.id.clone(),
                    side,
                    label: p.label.clone(),
                    text: p.text.clone(),
                    effects,
                    uses: p.uses,
                    source: p.source.clone(),
                });
            }
        }
        if out.len() > MAX_PRESS {
            self.error_at(
                path!["parties"],
                "too-many",
                format!("{} press statements; the most is {MAX_PRESS}", out.len()),
                "remove some",
            );
        }
        out
    }

    fn mediator(&mut self) -> Mediator {
        let f = &self.file.mediator;
        if f.proposals.len() > MAX_MEDIATOR_PROPOSALS {
            self.error_at(
                path!["mediator", "proposals"],
                "too-many",
                format!(
                    "{} mediator proposals; the most is {MAX_MEDIATOR_PROPOSALS}",
                    f.proposals.len()
                ),
                "remove some",
            );
        }
        let mut proposals = Vec::new();
        for (i, p) in f.proposals.iter().enumerate() {
            let base = path!["mediator", "proposals", i];
            let terms = self
                .terms([base.clone(), path!["terms"]].concat(), &p.terms)
                .unwrap_or_default();
            if p.terms.is_empty() {
                self.error_at(
                    [base.clone(), path!["terms"]].concat(),
                    "empty-proposal",
                    format!("mediator proposal `{}` proposes nothing", p.id),
                    "list the terms it proposes",
                );
            }
            let node = self.tree.find(&[base, path!["available"]].concat()).clone();
            let available = self.condition(&p.available, &node, Context::Talks);
            proposals.push(MediatorProposal {
                id: p.id.clone(),
                title: p.title.clone(),
                text: p.text.clone(),
                terms,
                available,
                source: p.source.clone(),
            });
        }
        let mut pressure = Vec::new();
        for (i, p) in f.pressure.iter().enumerate() {
            let node = self.tree.find(&path!["mediator", "pressure", i, "event"]).clone();
            if let Some(e) = self.event(&node, &p.event) {
                pressure.push((p.on, e));
            }
        }
        Mediator {
            name: f.name.clone(),
            title: f.title.clone(),
            country: f.country.clone(),
            seat: f.seat.clone(),
            proposals,
            pressure,
        }
    }

    // ---- events and outcomes ---------------------------------------------------------------

    fn events(&mut self, sessions: &[Session]) -> Vec<Event> {
        let f = self.file;
        if f.events.len() > MAX_EVENTS {
            self.error_at(
                path!["events"],
                "too-many",
                format!("{} events; the most is {MAX_EVENTS}", f.events.len()),
                "remove some",
            );
        }
        let mut out = Vec::new();
        for (i, e) in f.events.iter().enumerate() {
            let base = path!["events", i];
            let mut not_before = 0;
            if let Some(text) = e.date.as_ref().filter(|_| !self.bad_dates) {
                match Date::parse(text) {
                    None => self.error_at(
                        [base.clone(), path!["date"]].concat(),
                        "bad-date",
                        format!("`{text}` is not a date"),
                        "write dates as \"YYYY-MM-DD\", e.g. \"1905-08-23\"",
                    ),
                    Some(date) => match sessions.iter().position(|s| s.date >= date) {
                        Some(s) if date >= sessions[0].date => not_before = s,
                        _ => {
                            let (first, last) = (sessions.first().map(|s| s.date), sessions.last().map(|s| s.date));
                            self.error_at(
                                [base.clone(), path!["date"]].concat(),
                                "event-outside-sessions",
                                format!(
                                    "event `{}` is dated {date}, outside the sessions ({} to {})",
                                    e.id,
                                    first.map_or("?".into(), |d| d.to_string()),
                                    last.map_or("?".into(), |d| d.to_string())
                                ),
                                "date it within the conference, or describe earlier facts in the briefings and start values",
                            );
                        }
                    },
                }
            }
            if !(0.0..=1.0).contains(&e.chance) {
                self.error_at(
                    [base.clone(), path!["chance"]].concat(),
                    "bad-chance",
                    format!("chance {} is not between 0 and 1", e.chance),
                    "write a probability such as 0.5",
                );
            }
            let when = e.when.as_ref().map(|c| {
                let node = self.tree.find(&[base.clone(), path!["when"]].concat()).clone();
                self.condition(c, &node, Context::Talks)
            });
            let effects = self.effects(&e.effects, [base.clone(), path!["effects"]].concat());
            if effects.is_empty() && e.dispatch.is_none() {
                self.warning_at(
                    base.clone(),
                    "idle-event",
                    format!("event `{}` has neither effects nor a dispatch", e.id),
                    "give it a dispatch so players learn of it, or effects so it matters",
                );
            }
            out.push(Event {
                id: e.id.clone(),
                title: e.title.clone(),
                not_before,
                dated: e.date.is_some(),
                when,
                chance: e.chance,
                effects,
                dispatch: e.dispatch.as_ref().map(|d| Dispatch {
                    to: d.to,
                    from: d.from.clone(),
                    text: d.text.clone(),
                }),
                source: e.source.clone(),
                note: notes::compile(&e.note),
            });
        }
        out
    }

    fn effects(&mut self, effects: &[EffectFile], path: Vec<Seg>) -> Vec<Effect> {
        let mut out = Vec::new();
        for (i, effect) in effects.iter().enumerate() {
            let node = self.tree.find(&[path.clone(), vec![Seg::Index(i)]].concat()).clone();
            let first = item(&node, 0).clone();
            let compiled = match effect {
                EffectFile::Meter(id, delta) => self.meter(&first, id).map(|m| Effect::Meter(m, *delta)),
                EffectFile::NoTreatyPoints(side, points) => Some(Effect::NoTreatyPoints(*side, *points)),
                EffectFile::Lift(id) => self.red_line(&first, id).map(Effect::Lift),
                EffectFile::Impose(id) => self.red_line(&first, id).map(Effect::Impose),
                EffectFile::MediatorProposal(id) => self.mediator_proposal(&first, id).map(Effect::MediatorProposal),
                EffectFile::EndTalks(side) => Some(Effect::EndTalks(*side)),
            };
            out.extend(compiled);
        }
        out
    }

    fn condition(&mut self, cond: &ConditionFile, node: &Node, context: Context) -> Cond {
        let allowed = match cond {
            ConditionFile::Always
            | ConditionFile::Agreed(_)
            | ConditionFile::Term(..)
            | ConditionFile::All(_)
            | ConditionFile::Any(_)
            | ConditionFile::Not(_) => true,
            _ if context == Context::Terms => false,
            ConditionFile::Treaty | ConditionFile::NoTreaty | ConditionFile::BrokenOffBy(_) => {
                context != Context::Talks
            }
            ConditionFile::UtilityAtLeast(..) | ConditionFile::UtilityBelow(..) => context == Context::Final,
            ConditionFile::SetAside(_)
            | ConditionFile::MeterAtLeast(..)
            | ConditionFile::MeterAtMost(..)
            | ConditionFile::SessionAtLeast(_)
            | ConditionFile::Fired(_) => context != Context::Outcome,
        };
        if !allowed {
            let (what, where_) = match context {
                Context::Terms => (
                    "looks beyond the treaty's terms",
                    "events, aftermath or cable answers; here only `Term`, `Agreed`, `All`, `Any` and `Not` apply",
                ),
                Context::Talks => ("asks how the game ended", "outcomes and aftermath"),
                Context::Outcome => (
                    "depends on more than the end and the treaty's terms",
                    "aftermath, events or cable answers",
                ),
                Context::Final => ("cannot be used here", "other conditions"),
            };
            self.error(
                node,
                "condition-context",
                format!("this condition {what}, which is not known at this point"),
                format!("use it in {where_}"),
            );
            return Cond::Always;
        }
        let first = item(node, 0).clone();
        match cond {
            ConditionFile::Always => Cond::Always,
            ConditionFile::Treaty => Cond::Treaty,
            ConditionFile::NoTreaty => Cond::NoTreaty,
            ConditionFile::BrokenOffBy(side) => Cond::BrokenOffBy(*side),
            ConditionFile::Agreed(id) => self.article(&first, id).map_or(Cond::Always, |a| Cond::Agreed(a as u8)),
            ConditionFile::SetAside(id) => self
                .article(&first, id)
                .map_or(Cond::Always, |a| Cond::SetAside(a as u8)),
            ConditionFile::Term(id, options) => {
                let Some(a) = self.article(&first, id) else {
                    return Cond::Always;
                };
                let list = item(node, 1).clone();
                let mut set: OptionSet = 0;
                for (j, o) in options.iter().enumerate() {
                    if let Some(o) = self.option(item(&list, j), a, o) {
                        set |= 1 << o;
                    }
                }
                if options.is_empty() {
                    self.error(
                        node,
                        "empty-term",
                        format!("`Term(\"{id}\", [])` lists no options"),
                        "list the options that count",
                    );
                }
                Cond::Term(a as u8, set)
            }
            ConditionFile::MeterAtLeast(id, v) => self
                .meter(&first, id)
                .map_or(Cond::Always, |m| Cond::MeterAtLeast(m, *v)),
            ConditionFile::MeterAtMost(id, v) => self
                .meter(&first, id)
                .map_or(Cond::Always, |m| Cond::MeterAtMost(m, *v)),
            ConditionFile::SessionAtLeast(n) => {
                let count = self.file.sessions.len();
                if *n == 0 || *n as usize > count {
                    self.error(
                        node,
                        "bad-session",
                        format!("session {n} does not exist; sessions are numbered 1 to {count}"),
                        "use a session number from the list",
                    );
                }
                Cond::SessionAtLeast(n.saturating_sub(1))
            }
            ConditionFile::Fired(id) => self.event(&first, id).map_or(Cond::Always, Cond::Fired),
            ConditionFile::UtilityAtLeast(side, v) => Cond::UtilityAtLeast(*side, *v),
            ConditionFile::UtilityBelow(side, v) => Cond::UtilityBelow(*side, *v),
            ConditionFile::All(cs) | ConditionFile::Any(cs) => {
                let list = item(node, 0).clone();
                let compiled = cs
                    .iter()
                    .enumerate()
                    .map(|(j, c)| self.condition(c, item(&list, j), context))
                    .collect();
                if matches!(cond, ConditionFile::All(_)) {
                    Cond::All(compiled)
                } else {
                    Cond::Any(compiled)
                }
            }
            ConditionFile::Not(c) => Cond::Not(Box::new(self.condition(c, &first, context))),
        }
    }

    fn outcomes(&mut self) -> Vec<Outcome> {
        let f = self.file;
        if f.outcomes.is_empty() || f.outcomes.len() > MAX_OUTCOMES {
            self.error_at(
                path!["outcomes"],
                "outcome-count",
                format!("{} outcomes; a scenario needs 1 to {MAX_OUTCOMES}", f.outcomes.len()),
                "define at least a treaty outcome and a failure outcome",
            );
        }
        let mut out = Vec::new();
        for (i, o) in f.outcomes.iter().enumerate() {
            let base = path!["outcomes", i];
            let node = self.tree.find(&[base.clone(), path!["when"]].concat()).clone();
            let when = self.condition(&o.when, &node, Context::Outcome);
            let mut aftermath = Vec::new();
            for (j, a) in o.aftermath.iter().enumerate() {
                let node = self
                    .tree
                    .find(&[base.clone(), path!["aftermath", j, "when"]].concat())
                    .clone();
                aftermath.push(Aftermath {
                    side: a.side,
                    when: self.condition(&a.when, &node, Context::Final),
                    result: a.result,
                    text: a.text.clone(),
                });
            }
            for side in Side::BOTH {
                if !aftermath.iter().any(|a| a.side == side && a.when == Cond::Always) {
                    self.error_at(
                        [base.clone(), path!["aftermath"]].concat(),
                        "aftermath-gap",
                        format!("outcome `{}` has no aftermath for {side} that always applies", o.id),
                        format!("end its aftermath list with an entry `Aftermath(side: {side}, result: ..., text: \"...\")` without `when`"),
                    );
                }
            }
            out.push(Outcome {
                id: o.id.clone(),
                title: o.title.clone(),
                when,
                epilogue: o.epilogue.clone(),
                aftermath,
                sources: o.sources.clone(),
                note: notes::compile(&o.note),
            });
        }
        out
    }

    fn check_impossible_articles(&mut self, scenario: &Scenario) {
        for side in Side::BOTH {
            for (a, article) in scenario.articles.iter().enumerate() {
                let forbidden = scenario
                    .red_lines
                    .iter()
                    .filter(|r| r.side == side && r.active && r.unless.is_none())
                    .fold(0 as OptionSet, |acc, r| acc | r.forbids[a]);
                let all: OptionSet = (1 << article.options.len()) - 1;
                if forbidden & all == all {
                    self.warning_at(
                        path!["articles", a, "id"],
                        "impossible-article",
                        format!(
                            "{side}'s red lines at the start forbid every option of `{}`",
                            article.id
                        ),
                        "this is deliberate only if an event or cable is meant to lift one of them",
                    );
                }
            }
        }
    }

    fn history(&mut self, scenario: &Scenario) -> Option<History> {
        let h = self.file.history.as_ref()?;
        let signed = Date::parse(&h.signed).unwrap_or_else(|| {
            self.error_at(
                path!["history", "signed"],
                "bad-date",
                format!("`{}` is not a date", h.signed),
                "write dates as \"YYYY-MM-DD\"",
            );
            Date {
                year: 1905,
                month: 1,
                day: 1,
            }
        });
        let treaty = self.terms(path!["history", "treaty"], &h.treaty)?;
        for (a, article) in scenario.articles.iter().enumerate() {
            if treaty.get(a).is_none() {
                self.error_at(
                    path!["history", "treaty"],
                    "missing-term",
                    format!("the historical treaty gives no option for `{}`", article.id),
                    format!("add `\"{}\": \"...\"`", article.id),
                );
            }
        }
        let outcome = match scenario.outcome_index(&h.outcome) {
            Some(o) => o,
            None => {
                let known: Vec<&str> = scenario.outcomes.iter().map(|o| o.id.as_str()).collect();
                self.error_at(
                    path!["history", "outcome"],
                    "unknown-outcome",
                    format!("there is no outcome `{}`", h.outcome),
                    choices_help(&h.outcome, known),
                );
                return None;
            }
        };
        if treaty.articles().len() == scenario.articles.len() {
            let classified = coverage::classify_treaty(scenario, &treaty);
            if classified != Some(outcome) {
                self.error_at(
                    path!["history", "outcome"],
                    "history-mismatch",
                    format!(
                        "the historical treaty falls under outcome `{}`, not `{}`",
                        classified.map_or("none", |o| scenario.outcomes[o].id.as_str()),
                        h.outcome
                    ),
                    "fix the outcome conditions or the historical terms so they agree",
                );
            }
        }
        if h.script.len() > MAX_SCRIPT_STEPS {
            self.error_at(
                path!["history", "script"],
                "too-many",
                format!("{} script steps; the most is {MAX_SCRIPT_STEPS}", h.script.len()),
                "shorten the script",
            );
        }
        let mut script = Vec::new();
        for (i, step) in h.script.iter().enumerate() {
            if step.session == 0 || step.session as usize > scenario.sessions.len() {
                self.error_at(
                    path!["history", "script", i, "session"],
                    "bad-session",
                    format!(
                        "session {} does not exist; sessions are numbered 1 to {}",
                        step.session,
                        scenario.sessions.len()
                    ),
                    "use a session number from the list",
                );
                continue;
            }
            match step.turn.compile(scenario, step.side) {
                Ok(turn) => script.push(Step {
                    session: step.session as usize - 1,
                    side: step.side,
                    turn,
                    note: step.note.clone(),
                    source: step.source.clone(),
                }),
                Err(message) => self.error_at(
                    path!["history", "script", i, "turn"],
                    "bad-script",
                    message,
                    "script turns use the article, option, press and red-line ids defined above",
                ),
            }
        }
        let settlement = h.settlement.as_ref().map(|c| {
            let node = self.tree.find(&path!["history", "settlement"]).clone();
            self.condition(c, &node, Context::Terms)
        });
        Some(History {
            signed,
            treaty,
            outcome,
            settlement,
            note: h.note.clone(),
            script,
        })
    }
}

/// The `i`th value inside `Name(a, b, ...)` or `[a, b, ...]`, or the node itself.
fn item(node: &Node, i: usize) -> &Node {
    match &node.kind {
        Kind::Tuple { items, .. } | Kind::List(items) => items.get(i).unwrap_or(node),
        _ => node,
    }
}
