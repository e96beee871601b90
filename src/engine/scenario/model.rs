//! A validated scenario with every reference resolved to an index: what the rules,
//! the agents and the game read.

use super::file::Ratification;
use crate::engine::analysis::{self, FrontierPoint};
use crate::engine::condition::{Cond, OptionSet};
use crate::engine::date::Date;
use crate::engine::moves::{ArticleSet, MAX_ARTICLES, Terms, Turn};
use crate::engine::side::{Audience, Side};
use crate::engine::space::OutcomeSpace;
use std::collections::BTreeMap;
use std::sync::{Arc, OnceLock};

#[derive(Debug)]
pub struct Scenario {
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
    pub red_lines: Vec<RedLine>,
    pub press: Vec<PressLine>,
    pub events: Vec<Event>,
    /// Per session, the events whose date has come (bit per event).
    pub events_due: Vec<u128>,
    pub outcomes: Vec<Outcome>,
    pub history: Option<History>,
    /// Levels of play for the computer delegate.
    pub difficulties: Vec<Difficulty>,
    pub space: OutcomeSpace,
    /// The Pareto frontier of all treaties, computed on first use.
    pub frontier: OnceLock<Vec<FrontierPoint>>,
    /// Frontiers of what the instructions allow, by set of active red lines.
    pub feasible_frontiers: std::sync::Mutex<Vec<(u64, Arc<Vec<FrontierPoint>>)>>,
    /// Per article, every option as a set.
    pub option_masks: [OptionSet; MAX_ARTICLES],
    /// Per side, the red lines with an `unless` exception (indices into `red_lines`).
    pub conditional_red_lines: [Vec<usize>; 2],
    /// Per session, how many exchanges came before it (and, last, the total).
    pub exchanges_before: Vec<usize>,
    /// Per side and article, the option a search assumes for an article not yet on the
    /// table: the scenario's default if it has one, else the side's favourite.
    pub assumed_before_tabling: [[OptionSet; MAX_ARTICLES]; 2],
}

#[derive(Debug)]
pub struct Party {
    pub side: Side,
    pub name: String,
    pub capital: String,
    pub player_title: String,
    pub delegates: Vec<Delegate>,
    pub briefing: String,
    pub public_position: String,
    pub no_treaty: NoTreaty,
    /// Per article, how much it was publicly known to matter to this side (1 if unstated).
    pub known_priorities: Vec<f64>,
    /// Per article, the option this side was publicly known to favour, where that differs
    /// from the options' order.
    pub known_favourites: Vec<Option<u8>>,
    pub persona: Persona,
}

/// How the computer delegate plays a side (see `PersonaFile` for the meaning of each field).
#[derive(Debug, Clone)]
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
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
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

#[derive(Debug)]
pub struct Delegate {
    pub name: String,
    pub role: String,
}

/// What talks without a treaty are worth to a side, in the same points as its valuations.
#[derive(Debug)]
pub struct NoTreaty {
    pub points: f64,
    pub per_session: f64,
    /// (meter, points per meter point away from its start value).
    pub meters: Vec<(u8, f64)>,
    pub text: String,
}

#[derive(Debug)]
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
#[derive(Debug)]
pub struct Cable {
    pub grant_if: Cond,
    pub chance: f64,
    pub yes: String,
    pub no: String,
    pub effects: Vec<Effect>,
}

#[derive(Debug)]
pub struct PressLine {
    pub id: String,
    pub side: Side,
    pub label: String,
    pub text: String,
    pub effects: Vec<Effect>,
    pub uses: u8,
    pub source: Option<String>,
}

#[derive(Debug)]
pub struct Mediator {
    pub name: String,
    pub title: String,
    pub country: String,
    pub seat: String,
    pub proposals: Vec<MediatorProposal>,
    /// (the side he presses, the event that does it), in the file's order.
    pub pressure: Vec<(Side, u8)>,
}

#[derive(Debug)]
pub struct MediatorProposal {
    pub id: String,
    pub title: String,
    pub text: String,
    pub terms: Terms,
    pub available: Cond,
    pub source: Option<String>,
}

#[derive(Debug)]
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

#[derive(Debug)]
pub struct Article {
    pub id: String,
    pub demand: Option<u8>,
    pub group: String,
    pub title: String,
    pub summary: String,
    pub options: Vec<OptionDef>,
    pub unresolved: Unresolved,
    pub source: Option<String>,
    pub note: Option<Note>,
}

#[derive(Debug)]
pub struct OptionDef {
    pub id: String,
    pub label: String,
    pub clause: Option<String>,
    pub source: Option<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unresolved {
    BlocksTreaty,
    Becomes(u8),
}

#[derive(Debug)]
pub struct Meter {
    pub id: String,
    pub name: String,
    pub description: String,
    pub start: i32,
    pub min: i32,
    pub max: i32,
    pub per_session: i32,
    pub visible_to: Audience,
    pub source: Option<String>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Effect {
    Meter(u8, i32),
    NoTreatyPoints(Side, f64),
    Lift(u8),
    Impose(u8),
    MediatorProposal(u8),
    EndTalks(Side),
}

#[derive(Debug)]
pub struct Event {
    pub id: String,
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

#[derive(Debug)]
pub struct Dispatch {
    pub to: Audience,
    pub from: String,
    pub text: String,
}

#[derive(Debug)]
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
#[derive(Debug, Clone, PartialEq)]
pub struct Note {
    pub text: String,
    pub sources: Vec<String>,
    /// For a contested point: what each source says.
    pub contested: Vec<Reading>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Reading {
    pub source: String,
    pub says: String,
}

#[derive(Debug)]
pub struct Aftermath {
    pub side: Side,
    pub when: Cond,
    pub result: Option<Ratification>,
    pub text: String,
}

#[derive(Debug)]
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

/// One scripted turn of the 1905 conference.
#[derive(Debug)]
pub struct Step {
    /// 0-based session index.
    pub session: usize,
    pub side: Side,
    pub turn: Turn,
    pub note: String,
    pub source: Option<String>,
}

impl Scenario {
    /// The Pareto frontier over every treaty, ignoring instructions.
    pub fn frontier(&self) -> &[FrontierPoint] {
        self.frontier
            .get_or_init(|| analysis::frontier(&self.space, &[u16::MAX; MAX_ARTICLES]))
    }

    /// The Pareto frontier of the treaties both delegations' instructions allow, with the red
    /// lines in `active` (one bit per red line) in force; cached per set of red lines.
    /// Conditional red lines are met as `mandate::frontier_masks` describes.
    pub fn feasible_frontier(&self, active: u64) -> Arc<Vec<FrontierPoint>> {
        let mut cache = self.feasible_frontiers.lock().unwrap_or_else(|e| e.into_inner());
        if let Some((_, front)) = cache.iter().find(|(key, _)| *key == active) {
            return Arc::clone(front);
        }
        let mut allowed = self.option_masks;
        let mut conditional = Vec::new();
        for (r, red_line) in self.red_lines.iter().enumerate() {
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
        let masks = crate::engine::mandate::frontier_masks(&allowed, conditional);
        let mut front = Vec::new();
        for m in &masks {
            front.extend(analysis::frontier(&self.space, m));
        }
        analysis::prune(&mut front);
        let front = Arc::new(front);
        cache.push((active, Arc::clone(&front)));
        front
    }

    pub fn party(&self, side: Side) -> &Party {
        &self.parties[side.index()]
    }

    pub fn article_index(&self, id: &str) -> Result<usize, String> {
        self.articles
            .iter()
            .position(|a| a.id == id)
            .ok_or_else(|| format!("no article `{id}` in scenario `{}`", self.id))
    }

    pub fn option_index(&self, article: usize, id: &str) -> Result<u8, String> {
        let a = &self.articles[article];
        a.options
            .iter()
            .position(|o| o.id == id)
            .map(|o| o as u8)
            .ok_or_else(|| format!("article `{}` has no option `{id}`", a.id))
    }

    pub fn press_index(&self, side: Side, id: &str) -> Result<u8, String> {
        self.press
            .iter()
            .position(|p| p.id == id && p.side == side)
            .map(|i| i as u8)
            .ok_or_else(|| format!("{side} has no press statement `{id}`"))
    }

    pub fn red_line_index(&self, side: Side, id: &str) -> Result<u8, String> {
        self.red_lines
            .iter()
            .position(|r| r.id == id && r.side == side)
            .map(|i| i as u8)
            .ok_or_else(|| format!("{side} has no red line `{id}`"))
    }

    pub fn outcome_index(&self, id: &str) -> Option<usize> {
        self.outcomes.iter().position(|o| o.id == id)
    }

    /// Total number of turns in a game that runs to the end.
    pub fn total_turns(&self) -> usize {
        self.sessions.iter().map(|s| 2 * s.exchanges as usize).sum()
    }

    /// How many turns each side gets in a full game (one per exchange).
    pub fn turns_each(&self) -> usize {
        self.exchanges_before.last().copied().unwrap_or(0)
    }

    pub fn option_label(&self, article: usize, option: u8) -> &str {
        &self.articles[article].options[option as usize].label
    }
}
