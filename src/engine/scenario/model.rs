//! A validated scenario with every reference resolved to an index: what the rules,
//! the agents and the game read.

use super::file::Ratification;
use crate::engine::analysis::space::{OutcomeSpace, Valuation};
use crate::engine::analysis::{self, FrontierPoint};
use crate::engine::play::condition::{Cond, OptionSet};
use crate::engine::play::date::Date;
use crate::engine::play::moves::{ArticleSet, MAX_ARTICLES, Terms, Turn};
use crate::engine::play::side::{Audience, Side};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::sync::{Arc, OnceLock};

/// A compiled scenario: what everyone may know, each delegation's private mandate, and
/// what the engine derives from both. The game, the referee, the mediator and the analyses
/// read all of it; an agent gets a `SideView`, which hands out the public part and its own
/// mandate only. The full scenario reads as its public part (`scenario.articles`).
#[derive(Debug)]
pub struct Scenario {
    pub public: PublicScenario,
    /// Japan's, then Russia's (index with `Side::index`).
    pub mandates: [Mandate; 2],
    /// Every treaty with both sides' points: for the referee, the analyses and searches.
    pub space: OutcomeSpace,
    /// Per session, the events whose date has come (bit per event).
    pub events_due: Vec<u128>,
    /// Frontiers computed on first use: read them through `frontier` and `feasible_frontier`.
    frontiers: FrontierCache,
    /// Per article, every option as a set.
    pub option_masks: [OptionSet; MAX_ARTICLES],
    /// Per side, the red lines with an `unless` exception (scenario-wide red line indices).
    pub conditional_red_lines: [Vec<usize>; 2],
    /// Per session, how many exchanges came before it (and, last, the total).
    pub exchanges_before: Vec<usize>,
    /// Per side and article, the option a search assumes for an article not yet on the
    /// table: the scenario's default if it has one, else the side's favourite.
    pub assumed_before_tabling: [[OptionSet; MAX_ARTICLES]; 2],
    /// The 1905 conference turn by turn (`History::turn_by_turn`), side and turn: while a
    /// game plays exactly these, the events with a chance happen as they did in 1905.
    pub history_turns: Vec<(Side, Turn)>,
}

/// What both delegations, the mediator and the press may know: the articles and their
/// options, the sessions and agendas, public positions and what the world knew of each
/// side's priorities, the mediator, the public side of events, the meters, the outcomes and
/// the documented history.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct PublicScenario {
    pub id: String,
    pub title: String,
    pub description: String,
    pub author: String,
    /// Display name of the file it was read from.
    pub file: String,
    /// A stable hash of the source text, to tell whether a save matches its scenario.
    pub digest: u64,
    pub sources: BTreeMap<String, String>,
    pub parties: [Party; 2],
    pub mediator: Mediator,
    pub sessions: Vec<Session>,
    pub articles: Vec<Article>,
    pub meters: Vec<Meter>,
    /// Dispatches addressed to one side only are in that side's mandate, not here.
    pub events: Vec<Event>,
    pub outcomes: Vec<Outcome>,
    pub history: Option<History>,
    /// How a treaty made in this scenario reads.
    pub treaty_form: super::treaty_form::TreatyForm,
    /// Levels of play for the computer delegate.
    pub difficulties: Vec<Difficulty>,
    /// Words a reader may not know, each explained in one line (see `glossary`).
    #[serde(default)]
    pub glossary: Vec<GlossaryEntry>,
}

/// One term of the scenario's glossary.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GlossaryEntry {
    pub term: String,
    /// One line, in words a 16-year-old knows.
    pub means: String,
    /// Source keys, as in `source` fields; empty for the game's own words.
    pub sources: Vec<String>,
}

/// One delegation's confidential instructions: how it values each term, what breaking off
/// is worth to it, its red lines and what its capital answers a cable, its press lines,
/// how the computer plays it, its briefing and the dispatches addressed to it alone.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Mandate {
    pub side: Side,
    pub briefing: String,
    pub valuation: Valuation,
    pub no_treaty: NoTreaty,
    /// Its red lines in scenario order; scenario-wide index `red_line_base + i`.
    pub red_lines: Vec<RedLine>,
    pub red_line_base: usize,
    /// Its press lines in scenario order; scenario-wide index `press_base + i`.
    pub press: Vec<PressLine>,
    pub press_base: usize,
    pub persona: Persona,
    /// Events whose dispatch only this side receives: their title and dispatch.
    pub dispatches: Vec<PrivateDispatch>,
    /// (meter index, its name and description) for meters only this side is shown.
    pub meters: Vec<(usize, MeterText)>,
}

/// An event only one side hears of: its title and dispatch, taken from the public event
/// (which keeps the rules the referee applies).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct PrivateDispatch {
    pub event: usize,
    pub title: String,
    pub dispatch: Dispatch,
}

/// What a meter shown to one side only is called and means: in that side's mandate, not in
/// the public scenario (whose `Meter` keeps the rules the referee applies).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct MeterText {
    pub name: String,
    pub description: String,
}

impl Mandate {
    /// A mandate with its private text and play; the constructor of `Scenario` adds its
    /// valuations, red lines, press lines and dispatches.
    pub fn new(side: Side, briefing: String, no_treaty: NoTreaty, persona: Persona) -> Mandate {
        Mandate {
            side,
            briefing,
            valuation: Valuation::default(),
            no_treaty,
            red_lines: Vec::new(),
            red_line_base: 0,
            press: Vec::new(),
            press_base: 0,
            persona,
            dispatches: Vec::new(),
            meters: Vec::new(),
        }
    }

    /// Its red line with this scenario-wide index, if it is one of its own.
    pub fn red_line(&self, red_line: usize) -> Option<&RedLine> {
        red_line
            .checked_sub(self.red_line_base)
            .and_then(|i| self.red_lines.get(i))
    }

    /// Its press line with this scenario-wide index, if it is one of its own.
    pub fn press_line(&self, press: usize) -> Option<&PressLine> {
        press.checked_sub(self.press_base).and_then(|i| self.press.get(i))
    }

    /// Scenario-wide indices of its red lines.
    pub fn red_line_indices(&self) -> std::ops::Range<usize> {
        self.red_line_base..self.red_line_base + self.red_lines.len()
    }

    /// Scenario-wide indices of its press lines.
    pub fn press_indices(&self) -> std::ops::Range<usize> {
        self.press_base..self.press_base + self.press.len()
    }
}

/// A delegation as the world saw it.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Party {
    pub side: Side,
    pub name: String,
    pub capital: String,
    pub player_title: String,
    pub delegates: Vec<Delegate>,
    pub public_position: String,
    /// Per article, how much it was publicly known to matter to this side (1 if unstated).
    pub known_priorities: Vec<f64>,
    /// Per article, the option this side was publicly known to favour, where that differs
    /// from the options' order.
    pub known_favourites: Vec<Option<u8>>,
    /// Per article, the options this side declared in public it would never accept.
    #[serde(default)]
    pub known_refusals: Vec<OptionSet>,
}

/// How the computer delegate plays a side (see `PersonaFile` for the meaning of each field).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Persona {
    pub firmness: f64,
    /// (meter, share of the remaining time per meter point above its start)
    pub pressures: Vec<(u8, f64)>,
    /// (press line, first session index)
    pub press: Vec<(u8, usize)>,
    /// First session index.
    pub ultimatum_from: Option<usize>,
    /// First session index, and the note given as the reason.
    pub compromise: Option<(usize, String)>,
    /// First session index.
    pub cable_from: usize,
    /// Terms it concedes from its first proposal on.
    pub opening: Terms,
    /// The ranges its hidden limits are drawn from, game by game.
    pub hidden: HiddenRanges,
}

impl Default for Persona {
    fn default() -> Self {
        Persona {
            firmness: 3.0,
            pressures: Vec::new(),
            press: Vec::new(),
            ultimatum_from: None,
            compromise: None,
            cable_from: 0,
            opening: Terms::EMPTY,
            hidden: HiddenRanges::default(),
        }
    }
}

/// Uniform ranges (low, high) of a persona's hidden limits; see `agents::HiddenLimits`.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct HiddenRanges {
    pub resolve: (f64, f64),
    pub patience: (f64, f64),
    pub pressure: (f64, f64),
    /// The chance it is ready to walk out early, and the session indices (inclusive) of the day.
    pub walk_out: Option<(f64, usize, usize)>,
}

impl Default for HiddenRanges {
    /// A scenario that says nothing still gets a counterpart whose limits vary a little.
    fn default() -> Self {
        HiddenRanges {
            resolve: (0.0, 0.4),
            patience: (0.8, 1.25),
            pressure: (0.75, 1.25),
            walk_out: None,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Difficulty {
    pub id: String,
    pub label: String,
    pub description: String,
    pub firmness: f64,
    pub reads_opponent: bool,
}

impl Difficulty {
    /// The levels a scenario gets when it names none.
    pub fn standard() -> Vec<Difficulty> {
        let level = |id: &str, label: &str, description: &str, firmness: f64, reads_opponent: bool| Difficulty {
            id: id.into(),
            label: label.into(),
            description: description.into(),
            firmness,
            reads_opponent,
        };
        vec![
            level(
                "yielding",
                "Yielding",
                "Gives ground early and does not study your priorities: a first game.",
                0.35,
                false,
            ),
            level(
                "steady",
                "Steady",
                "Concedes evenly and learns what you care about from your offers.",
                0.5,
                true,
            ),
            level(
                "shrewd",
                "Shrewd",
                "Holds firm as the real delegation did, reads your priorities, and uses press, cables and ultimatums.",
                1.0,
                true,
            ),
        ]
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Delegate {
    pub name: String,
    pub role: String,
}

/// What talks without a treaty are worth to a side, in the same points as its valuations.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct NoTreaty {
    pub points: f64,
    pub per_session: f64,
    /// (meter, points per meter point away from its start value).
    pub meters: Vec<(u8, f64)>,
    pub text: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct RedLine {
    pub id: String,
    pub side: Side,
    pub text: String,
    /// Forbidden options per article.
    pub forbids: [OptionSet; MAX_ARTICLES],
    /// The articles `forbids` touches.
    pub articles: ArticleSet,
    /// The forbidden options are allowed in treaties where this holds.
    pub unless: Option<Cond>,
    pub active: bool,
    pub cable: Option<Cable>,
    pub source: Option<String>,
}

/// How a capital answers a request to lift a red line.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Cable {
    pub grant_if: Cond,
    pub chance: f64,
    pub yes: String,
    pub no: String,
    pub effects: Vec<Effect>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct PressLine {
    pub id: String,
    pub side: Side,
    pub label: String,
    pub text: String,
    pub effects: Vec<Effect>,
    pub uses: u8,
    pub source: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Mediator {
    pub name: String,
    pub title: String,
    pub country: String,
    pub seat: String,
    pub proposals: Vec<MediatorProposal>,
    /// (the side he presses, the event that does it), in the file's order.
    pub pressure: Vec<(Side, u8)>,
    /// Whether he takes a last look at the complete treaty (see `play::last_look`). Absent
    /// from the views of older servers.
    #[serde(default)]
    pub last_look: bool,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct MediatorProposal {
    pub id: String,
    pub title: String,
    pub text: String,
    pub terms: Terms,
    pub available: Cond,
    pub source: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Session {
    pub date: Date,
    pub title: String,
    pub agenda: ArticleSet,
    /// Every article on this or an earlier agenda: what may be proposed now.
    pub tabled: ArticleSet,
    pub exchanges: u8,
    pub initiative: Side,
    pub note: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Article {
    pub id: String,
    pub demand: Option<u8>,
    pub group: String,
    pub title: String,
    /// The title as it reads inside a sentence ("the open door"), where that differs from
    /// the heading ("The open door"); see [`Article::in_sentence`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title_in_sentence: Option<String>,
    pub summary: String,
    pub options: Vec<OptionDef>,
    pub unresolved: Unresolved,
    pub source: Option<String>,
    pub note: Option<Note>,
    /// The map's regions and lines this article is about.
    #[serde(default)]
    pub regions: Vec<String>,
}

impl Article {
    /// The title inside running text ("rejects the terms on Sakhalin and the open door"):
    /// its own form for that where the scenario gives one, else the heading.
    pub fn in_sentence(&self) -> &str {
        self.title_in_sentence.as_deref().unwrap_or(&self.title)
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct OptionDef {
    pub id: String,
    pub label: String,
    pub clause: Option<String>,
    pub source: Option<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Unresolved {
    BlocksTreaty,
    Becomes(u8),
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Meter {
    pub id: String,
    /// Empty for a meter shown to one side only: see `Scenario::meter_text`.
    pub name: String,
    pub description: String,
    pub start: i32,
    pub min: i32,
    pub max: i32,
    pub per_session: i32,
    pub visible_to: Audience,
    pub source: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Effect {
    Meter(u8, i32),
    NoTreatyPoints(Side, f64),
    Lift(u8),
    Impose(u8),
    MediatorProposal(u8),
    EndTalks(Side),
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Event {
    pub id: String,
    /// Empty for an event only one side hears of: see `Scenario::event_title`.
    pub title: String,
    /// Index of the first session at which the event may fire.
    pub not_before: usize,
    pub dated: bool,
    pub when: Option<Cond>,
    pub chance: f64,
    pub effects: Vec<Effect>,
    pub dispatch: Option<Dispatch>,
    pub source: Option<String>,
    pub note: Option<Note>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Dispatch {
    pub to: Audience,
    pub from: String,
    pub text: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Outcome {
    pub id: String,
    pub title: String,
    pub when: Cond,
    pub epilogue: String,
    pub aftermath: Vec<Aftermath>,
    pub sources: Vec<String>,
    pub note: Option<Note>,
}

/// A historian's note (see `file::NoteFile`), its source keys checked.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Note {
    pub text: String,
    pub sources: Vec<String>,
    /// For a contested point: what each source says.
    pub contested: Vec<Reading>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Reading {
    pub source: String,
    pub says: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Aftermath {
    pub side: Side,
    pub when: Cond,
    pub result: Option<Ratification>,
    pub text: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct History {
    pub signed: Date,
    /// The treaty actually signed: an option for every article.
    pub treaty: Terms,
    pub outcome: usize,
    /// The settlement in broad terms (a condition over the treaty's terms); the exact
    /// treaty when the file gives none.
    pub settlement: Option<Cond>,
    pub note: String,
    pub script: Vec<Step>,
}

impl History {
    /// The conference turn by turn as the script has it: for every turn of the sessions in
    /// order, the side to move, its scripted turn (a pass where the script has none) and the
    /// script step it comes from.
    pub fn turn_by_turn(&self, sessions: &[Session]) -> Vec<(Side, Turn, Option<u16>)> {
        let mut turns = Vec::new();
        for (s, session) in sessions.iter().enumerate() {
            for exchange in 0..session.exchanges as usize {
                for side in [session.initiative, session.initiative.other()] {
                    let step = self
                        .script
                        .iter()
                        .enumerate()
                        .filter(|(_, st)| st.session == s && st.side == side)
                        .nth(exchange);
                    turns.push(match step {
                        Some((i, st)) => (side, st.turn, Some(i as u16)),
                        None => (side, Turn::PASS, None),
                    });
                }
            }
        }
        turns
    }
}

/// One scripted turn of the 1905 conference.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Step {
    /// 0-based session index.
    pub session: usize,
    pub side: Side,
    pub turn: Turn,
    pub note: String,
    pub source: Option<String>,
}

/// An id the scenario does not have: in a saved turn, a map rule, a test.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum UnknownId {
    #[error("no article `{id}` in scenario `{scenario}`")]
    Article { scenario: String, id: String },
    #[error("article `{article}` has no option `{id}`")]
    ArticleOption { article: String, id: String },
    #[error("{side} has no press statement `{id}`")]
    Press { side: Side, id: String },
    #[error("{side} has no red line `{id}`")]
    RedLine { side: Side, id: String },
}

impl UnknownId {
    /// The error in no language yet.
    pub fn words(&self) -> crate::i18n::Message {
        use crate::msg;
        let side = crate::engine::records::narrate::side_words;
        match self {
            UnknownId::Article { scenario, id } => msg!("check-save-no-article", id = id, scenario = scenario),
            UnknownId::ArticleOption { article, id } => msg!("check-save-no-option", article = article, id = id),
            UnknownId::Press { side: s, id } => msg!("check-save-no-press", side = side(*s), id = id),
            UnknownId::RedLine { side: s, id } => msg!("check-save-no-red-line", side = side(*s), id = id),
        }
    }
}

/// Frontiers computed on first use. Its fields are private: only `Scenario`'s accessors
/// fill them, and nothing can clear or replace them.
#[derive(Debug, Default)]
struct FrontierCache {
    /// The Pareto frontier of all treaties.
    all: OnceLock<Vec<FrontierPoint>>,
    /// Frontiers of what the instructions allow, by set of active red lines.
    feasible: std::sync::Mutex<Vec<(u64, Arc<Vec<FrontierPoint>>)>>,
}

impl Scenario {
    /// Assembles a compiled scenario from its public part, each side's mandate (its text and
    /// play), every red line and press line in scenario order (Japan's first), and the
    /// outcome space holding both sides' points; hands each side its own and derives the
    /// rest. Dispatches addressed to one side leave the public events for that side's mandate.
    pub fn new(
        mut public: PublicScenario,
        mut mandates: [Mandate; 2],
        red_lines: Vec<RedLine>,
        press: Vec<PressLine>,
        space: OutcomeSpace,
    ) -> Scenario {
        debug_assert!(
            red_lines.is_sorted_by_key(|r| r.side.index()),
            "red lines come Japan's first"
        );
        debug_assert!(
            press.is_sorted_by_key(|p| p.side.index()),
            "press lines come Japan's first"
        );
        let japan_red_lines = red_lines.iter().filter(|r| r.side == Side::Japan).count();
        let japan_press = press.iter().filter(|p| p.side == Side::Japan).count();
        let (mut own_red_lines, mut own_press) = (red_lines.into_iter(), press.into_iter());
        for side in Side::BOTH {
            let mandate = &mut mandates[side.index()];
            mandate.side = side;
            mandate.valuation = Valuation::of(&space, side);
            let (red_line_count, press_count) = match side {
                Side::Japan => (japan_red_lines, japan_press),
                Side::Russia => (usize::MAX, usize::MAX),
            };
            mandate.red_line_base = if side == Side::Japan { 0 } else { japan_red_lines };
            mandate.press_base = if side == Side::Japan { 0 } else { japan_press };
            mandate.red_lines = own_red_lines.by_ref().take(red_line_count).collect();
            mandate.press = own_press.by_ref().take(press_count).collect();
        }
        for (e, event) in public.events.iter_mut().enumerate() {
            let Some(to) = event.dispatch.as_ref().map(|d| d.to) else {
                continue;
            };
            for side in Side::BOTH {
                if to != Audience::Both
                    && to.includes(side)
                    && let Some(dispatch) = event.dispatch.take()
                {
                    mandates[side.index()].dispatches.push(PrivateDispatch {
                        event: e,
                        title: std::mem::take(&mut event.title),
                        dispatch,
                    });
                }
            }
        }
        for (m, meter) in public.meters.iter_mut().enumerate() {
            for side in Side::BOTH {
                if meter.visible_to != Audience::Both && meter.visible_to.includes(side) {
                    let text = MeterText {
                        name: std::mem::take(&mut meter.name),
                        description: std::mem::take(&mut meter.description),
                    };
                    mandates[side.index()].meters.push((m, text));
                }
            }
        }
        let events_due = (0..public.sessions.len())
            .map(|s| {
                public
                    .events
                    .iter()
                    .enumerate()
                    .filter(|(i, e)| {
                        e.not_before <= s && !public.mediator.pressure.iter().any(|&(_, p)| p as usize == *i)
                    })
                    .fold(0u128, |due, (i, _)| due | (1 << i))
            })
            .collect();
        let mut scenario = Scenario {
            public,
            mandates,
            space,
            events_due,
            frontiers: FrontierCache::default(),
            option_masks: [0; MAX_ARTICLES],
            conditional_red_lines: [Vec::new(), Vec::new()],
            exchanges_before: Vec::new(),
            assumed_before_tabling: [[0; MAX_ARTICLES]; 2],
            history_turns: Vec::new(),
        };
        for side in Side::BOTH {
            let mandate = &scenario.mandates[side.index()];
            scenario.conditional_red_lines[side.index()] = mandate
                .red_line_indices()
                .filter(|&r| mandate.red_line(r).is_some_and(|l| l.unless.is_some()))
                .collect();
        }
        // A mirror's public part comes with the history; a compiled one gets it after.
        let history = scenario.public.history.take();
        scenario.set_history(history);
        scenario.exchanges_before = std::iter::once(0)
            .chain(scenario.public.sessions.iter().scan(0, |sum, s| {
                *sum += s.exchanges as usize;
                Some(*sum)
            }))
            .collect();
        for (a, article) in scenario.public.articles.iter().enumerate() {
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
        scenario
    }

    /// Sets the documented history, and with it the 1905 turns a game is compared with.
    pub fn set_history(&mut self, history: Option<History>) {
        self.history_turns = history.as_ref().map_or_else(Vec::new, |h| {
            h.turn_by_turn(&self.public.sessions)
                .into_iter()
                .map(|(side, turn, _)| (side, turn))
                .collect()
        });
        self.public.history = history;
    }

    pub fn mandate(&self, side: Side) -> &Mandate {
        &self.mandates[side.index()]
    }

    /// Every red line, both sides', in scenario order (Japan's first).
    pub fn red_lines(&self) -> impl Iterator<Item = &RedLine> + '_ {
        self.mandates[0].red_lines.iter().chain(&self.mandates[1].red_lines)
    }

    /// The red line with this scenario-wide index, whichever side's it is.
    pub fn get_red_line(&self, red_line: usize) -> Option<&RedLine> {
        self.mandates.iter().find_map(|m| m.red_line(red_line))
    }

    /// The red line with this index; the index comes from the scenario itself.
    pub fn red_line(&self, red_line: usize) -> &RedLine {
        self.get_red_line(red_line)
            .expect("a red line index from this scenario")
    }

    pub fn red_line_count(&self) -> usize {
        self.mandates.iter().map(|m| m.red_lines.len()).sum()
    }

    /// Every press line, both sides', in scenario order (Japan's first).
    pub fn press(&self) -> impl Iterator<Item = &PressLine> + '_ {
        self.mandates[0].press.iter().chain(&self.mandates[1].press)
    }

    pub fn get_press_line(&self, press: usize) -> Option<&PressLine> {
        self.mandates.iter().find_map(|m| m.press_line(press))
    }

    /// The press line with this index; the index comes from the scenario itself.
    pub fn press_line(&self, press: usize) -> &PressLine {
        self.get_press_line(press)
            .expect("a press line index from this scenario")
    }

    pub fn press_count(&self) -> usize {
        self.mandates.iter().map(|m| m.press.len()).sum()
    }

    fn private_dispatch(&self, event: usize) -> Option<&PrivateDispatch> {
        self.mandates
            .iter()
            .flat_map(|m| &m.dispatches)
            .find(|d| d.event == event)
    }

    /// The dispatch an event sends, public or addressed to one side.
    pub fn dispatch(&self, event: usize) -> Option<&Dispatch> {
        self.public.events[event]
            .dispatch
            .as_ref()
            .or_else(|| self.private_dispatch(event).map(|d| &d.dispatch))
    }

    /// An event's title, public or known to the side its dispatch is addressed to.
    pub fn event_title(&self, event: usize) -> &str {
        self.private_dispatch(event)
            .map_or(&self.public.events[event].title, |d| &d.title)
    }

    /// A meter's name and description, public or in the mandate of the side it is shown to.
    pub fn meter_text(&self, meter: usize) -> (&str, &str) {
        let private = self.mandates.iter().flat_map(|m| &m.meters).find(|(i, _)| *i == meter);
        match private {
            Some((_, text)) => (&text.name, &text.description),
            None => (&self.public.meters[meter].name, &self.public.meters[meter].description),
        }
    }

    /// The Pareto frontier over every treaty, ignoring instructions.
    pub fn frontier(&self) -> &[FrontierPoint] {
        self.frontiers
            .all
            .get_or_init(|| analysis::frontier(&self.space, &[u16::MAX; MAX_ARTICLES]))
    }

    /// The Pareto frontier of the treaties both delegations' instructions allow, with the red
    /// lines in `active` (one bit per red line) in force; cached per set of red lines.
    /// Conditional red lines are met as `mandate::frontier_masks` describes.
    pub fn feasible_frontier(&self, active: u64) -> Arc<Vec<FrontierPoint>> {
        let mut cache = self.frontiers.feasible.lock().unwrap_or_else(|e| e.into_inner());
        if let Some((_, front)) = cache.iter().find(|(key, _)| *key == active) {
            return Arc::clone(front);
        }
        let mut allowed = self.option_masks;
        let mut conditional = Vec::new();
        for (r, red_line) in self.red_lines().enumerate() {
            if active & (1 << r) == 0 {
                continue;
            }
            match &red_line.unless {
                None => {
                    for a in red_line.articles.iter() {
                        allowed[a] &= !red_line.forbids[a];
                    }
                }
                Some(_) => conditional.push(red_line),
            }
        }
        let masks = crate::engine::play::mandate::frontier_masks(&allowed, conditional);
        let mut front = Vec::new();
        for m in &masks {
            front.extend(analysis::frontier(&self.space, m));
        }
        analysis::prune(&mut front);
        let front = Arc::new(front);
        cache.push((active, Arc::clone(&front)));
        front
    }

    pub fn press_index(&self, side: Side, id: &str) -> Result<u8, UnknownId> {
        let mandate = self.mandate(side);
        mandate
            .press
            .iter()
            .position(|p| p.id == id)
            .map(|i| (mandate.press_base + i) as u8)
            .ok_or_else(|| UnknownId::Press {
                side,
                id: id.to_string(),
            })
    }

    pub fn red_line_index(&self, side: Side, id: &str) -> Result<u8, UnknownId> {
        let mandate = self.mandate(side);
        mandate
            .red_lines
            .iter()
            .position(|r| r.id == id)
            .map(|i| (mandate.red_line_base + i) as u8)
            .ok_or_else(|| UnknownId::RedLine {
                side,
                id: id.to_string(),
            })
    }

    /// How many turns each side gets in a full game (one per exchange).
    pub fn turns_each(&self) -> usize {
        self.exchanges_before.last().copied().unwrap_or(0)
    }
}

impl std::ops::Deref for Scenario {
    type Target = PublicScenario;

    fn deref(&self) -> &PublicScenario {
        &self.public
    }
}

impl PublicScenario {
    /// The treaty if the talks ended with `agreed` settled: every open article as the
    /// scenario settles unresolved ones, or `None` where one would block any treaty.
    pub fn treaty_if_ended(&self, agreed: &Terms) -> Option<Terms> {
        let mut terms = *agreed;
        for (a, article) in self.articles.iter().enumerate() {
            if terms.get(a).is_none() {
                match article.unresolved {
                    Unresolved::Becomes(o) => terms.set(a, o),
                    Unresolved::BlocksTreaty => return None,
                }
            }
        }
        Some(terms)
    }

    pub fn party(&self, side: Side) -> &Party {
        &self.parties[side.index()]
    }

    pub fn article_index(&self, id: &str) -> Result<usize, UnknownId> {
        self.articles
            .iter()
            .position(|a| a.id == id)
            .ok_or_else(|| UnknownId::Article {
                scenario: self.id.clone(),
                id: id.to_string(),
            })
    }

    pub fn option_index(&self, article: usize, id: &str) -> Result<u8, UnknownId> {
        let a = &self.articles[article];
        a.options
            .iter()
            .position(|o| o.id == id)
            .map(|o| o as u8)
            .ok_or_else(|| UnknownId::ArticleOption {
                article: a.id.clone(),
                id: id.to_string(),
            })
    }

    pub fn outcome_index(&self, id: &str) -> Option<usize> {
        self.outcomes.iter().position(|o| o.id == id)
    }

    /// Total number of turns in a game that runs to the end.
    pub fn total_turns(&self) -> usize {
        self.sessions.iter().map(|s| 2 * s.exchanges as usize).sum()
    }

    pub fn option_label(&self, article: usize, option: u8) -> &str {
        &self.articles[article].options[option as usize].label
    }
}
